package io.newswire.enrich.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * Scores {@link ArticleExtractor} on one or more article-extraction data sets (the metric of their READMEs, see
 * {@link ShingleMetric}) next to the whole-page {@code Jsoup.parse(html).text()} baseline, times both warm on one
 * thread in the same run, and feeds the extractor hostile inputs built in memory, reporting the worst time and
 * allocation. A set whose gold names a {@code source} per page gets one line per source as well. The per-page
 * table ({@code --per-doc}) holds every page's scores; given the table of an earlier run ({@code --compare}), the
 * pages whose F1 moved are listed, largest change first, so a change is judged page by page over whole sets.
 *
 * <p>{@code java -cp enrich-service.jar io.newswire.enrich.extract.ExtractionBenchmark DATA_DIR [DATA_DIR...]
 * [--warmup N] [--passes N] [--per-doc FILE.tsv] [--compare EARLIER.tsv]}
 */
public final class ExtractionBenchmark {

    private static final PrintStream OUT = System.out;
    /** A page whose F1 moved less than this between two runs is not listed as changed. */
    private static final double NOTABLE_CHANGE = 0.005;

    private record Doc(String id, String source, String html, String truth) {
    }

    private record Contender(String name, Function<String, String> extractor) {
    }

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> sets = dataDirs(args);
        if (sets.isEmpty()) {
            System.err.println("usage: ExtractionBenchmark DATA_DIR [DATA_DIR...] [--warmup N] [--passes N]"
                    + " [--per-doc FILE.tsv] [--compare EARLIER.tsv]");
            System.exit(2);
        }
        int warmup = intOption(args, "--warmup", 3);
        int passes = intOption(args, "--passes", 7);
        String perDoc = stringOption(args, "--per-doc");
        String compare = stringOption(args, "--compare");
        List<Contender> contenders = List.of(
                new Contender("newswire ArticleExtractor", new ArticleExtractor()),
                new Contender("jsoup whole-page text", html -> Jsoup.parse(html).text()));
        StringBuilder table = new StringBuilder("set\tsource\tid\tprecision\trecall\tf1\tchars\n");
        for (Path data : sets) {
            List<Doc> docs = load(data);
            String set = data.getFileName().toString();
            OUT.printf(Locale.ROOT, "%s: %d pages from %s; %d warm-up and %d timed passes, one thread%n%n",
                    set, docs.size(), data, warmup, passes);
            Speed[] speeds = throughput(contenders, docs, warmup, passes);
            OUT.println("| system | part | pages | precision | recall | F1 | docs/s (median pass) "
                    + "| docs/s (per-page best) | outputs with \"newsletter\" not in gold |");
            OUT.println("|---|---|---|---|---|---|---|---|---|");
            for (int s = 0; s < contenders.size(); s++) {
                Contender system = contenders.get(s);
                Map<String, List<Scored>> bySource = new TreeMap<>();
                List<Scored> all = new ArrayList<>();
                for (Doc doc : docs) {
                    String out = system.extractor().apply(doc.html());
                    Scored scored = new Scored(ShingleMetric.score(doc.truth(), out),
                            mentionsNewsletter(out) && !mentionsNewsletter(doc.truth()));
                    all.add(scored);
                    bySource.computeIfAbsent(doc.source(), k -> new ArrayList<>()).add(scored);
                    if (s == 0) {
                        table.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t%d%n", set,
                                doc.source(), doc.id(), scored.score().precision(), scored.score().recall(),
                                f1(scored.score().precision(), scored.score().recall()), out.length()));
                    }
                }
                printRow(system.name(), "all", all, String.format(Locale.ROOT, "%.0f | %.0f",
                        speeds[s].medianPass(), speeds[s].bestOf()));
                if (bySource.size() > 1) {
                    bySource.forEach((source, scores) -> printRow(system.name(), source, scores, " | "));
                }
            }
            OUT.printf(Locale.ROOT,
                    "%nthroughput ratio (extractor / jsoup baseline): %.2f (median pass), %.2f (per-page best)%n%n",
                    speeds[0].medianPass() / speeds[1].medianPass(), speeds[0].bestOf() / speeds[1].bestOf());
        }
        if (perDoc != null) {
            Files.writeString(Path.of(perDoc), table);
        }
        if (compare != null) {
            printChanges(Files.readAllLines(Path.of(compare)), table.toString().lines().toList());
        }
        badInputs();
    }

    /** One page's scores and whether the output mentions a newsletter the gold does not. */
    private record Scored(ShingleMetric.DocScore score, boolean strayNewsletter) {
    }

    private static void printRow(String system, String part, List<Scored> scores, String speed) {
        ShingleMetric.Summary sum = ShingleMetric.summarise(scores.stream().map(Scored::score).toList());
        long newsletter = scores.stream().filter(Scored::strayNewsletter).count();
        OUT.printf(Locale.ROOT, "| %s | %s | %d | %.4f | %.4f | %.4f | %s | %d |%n", system, part, scores.size(),
                sum.precision(), sum.recall(), sum.f1(), speed, newsletter);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The pages of this run whose F1 differs from an earlier run's per-page table, largest change first. */
    private static void printChanges(List<String> earlier, List<String> now) {
        Map<String, String[]> before = new HashMap<>();
        earlier.stream().skip(1).map(l -> l.split("\t")).forEach(r -> before.put(r[0] + "/" + r[2], r));
        List<String[]> changed = new ArrayList<>();
        double gained = 0;
        double lost = 0;
        for (String line : now.subList(1, now.size())) {
            String[] r = line.split("\t");
            String[] b = before.get(r[0] + "/" + r[2]);
            if (b == null) {
                continue;
            }
            double delta = Double.parseDouble(r[5]) - Double.parseDouble(b[5]);
            if (Math.abs(delta) >= NOTABLE_CHANGE) {
                changed.add(new String[] {r[0], r[1], r[2], b[3], r[3], b[4], r[4], b[5], r[5],
                    String.format(Locale.ROOT, "%+.4f", delta)});
                gained += Math.max(0, delta);
                lost += Math.max(0, -delta);
            }
        }
        changed.sort(Comparator.comparingDouble((String[] r) -> -Math.abs(Double.parseDouble(r[9]))));
        OUT.printf(Locale.ROOT, "pages whose F1 moved by %.3f or more: %d (F1 summed: +%.3f gained, -%.3f lost)%n",
                NOTABLE_CHANGE, changed.size(), gained, lost);
        OUT.println("| set | source | page | P before | P now | R before | R now | F1 before | F1 now | change |");
        OUT.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String[] r : changed) {
            OUT.println("| " + String.join(" | ", r) + " |");
        }
        OUT.println();
    }

    /** Docs/s of one contender: the median timed pass, and the pages' best times summed (least disturbed). */
    private record Speed(double medianPass, double bestOf) {
    }

    /**
     * Contenders take turns on every page (order swapped each pass), so a busy machine slows them alike; the
     * per-page best over the timed passes is the estimate least disturbed by other processes.
     */
    private static Speed[] throughput(List<Contender> contenders, List<Doc> docs, int warmup, int passes) {
        int n = contenders.size();
        double[][] rates = new double[n][passes];
        long[][] best = new long[n][docs.size()];
        for (long[] row : best) {
            Arrays.fill(row, Long.MAX_VALUE);
        }
        long sink = 0;
        for (int pass = -warmup; pass < passes; pass++) {
            long[] nanos = new long[n];
            for (int d = 0; d < docs.size(); d++) {
                for (int k = 0; k < n; k++) {
                    int s = (pass & 1) == 0 ? k : n - 1 - k;
                    long start = System.nanoTime();
                    sink += contenders.get(s).extractor().apply(docs.get(d).html()).length();
                    long took = System.nanoTime() - start;
                    nanos[s] += took;
                    if (pass >= 0) {
                        best[s][d] = Math.min(best[s][d], took);
                    }
                }
            }
            if (pass >= 0) {
                for (int s = 0; s < n; s++) {
                    rates[s][pass] = docs.size() * 1e9 / nanos[s];
                }
            }
        }
        if (sink == 42) {
            OUT.println();
        }
        Speed[] speeds = new Speed[n];
        for (int s = 0; s < n; s++) {
            Arrays.sort(rates[s]);
            speeds[s] = new Speed(rates[s][passes / 2], docs.size() * 1e9 / Arrays.stream(best[s]).sum());
        }
        return speeds;
    }

    private static void badInputs() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("empty", "");
        inputs.put("binary (4 MB of bytes as Latin-1)", binary(4_000_000));
        inputs.put("truncated article", truncatedArticle());
        inputs.put("20 MB page", hugePage(20_000_000));
        inputs.put("100,000-deep nesting", "<html><body>" + "<div>".repeat(100_000) + "deep text"
                + "</div>".repeat(100_000) + "</body></html>");
        inputs.put("index page (links only)", indexPage());
        ArticleExtractor extractor = new ArticleExtractor();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        OUT.println("| bad input | status | body chars | worst ms (of 3) | worst MB allocated | reason |");
        OUT.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            double worstMs = 0;
            double worstMb = 0;
            Extraction result = null;
            for (int run = 0; run < 3; run++) {
                long bytes = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                result = extractor.extract(input.getValue(), "https://example.com/page");
                worstMs = Math.max(worstMs, (System.nanoTime() - start) / 1e6);
                worstMb = Math.max(worstMb, (threads.getThreadAllocatedBytes(thread) - bytes) / 1e6);
            }
            OUT.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %s |%n", input.getKey(), result.status(),
                    result.body().length(), worstMs, worstMb, result.reason());
        }
    }

    private static String binary(int size) {
        char[] chars = new char[size];
        long x = 88172645463325252L;
        for (int i = 0; i < size; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            chars[i] = (char) (x & 0xFF);
        }
        return new String(chars);
    }

    private static String paragraphs(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append("<p>Paragraph ").append(i).append(" of the report says that the talks resumed in Doha, ")
                    .append("that mediators from Qatar and Egypt met both delegations, and that no date was set.")
                    .append("</p>\n");
        }
        return b.toString();
    }

    private static String truncatedArticle() {
        String page = "<html><head><title>Talks</title></head><body><article>" + paragraphs(20)
                + "</article></body></html>";
        return page.substring(0, page.length() / 2);
    }

    private static String hugePage(int size) {
        StringBuilder b = new StringBuilder(size + 1000).append("<html><body><article>");
        String block = paragraphs(10);
        while (b.length() < size) {
            b.append(block);
        }
        return b.append("</article></body></html>").toString();
    }

    private static String indexPage() {
        StringBuilder b = new StringBuilder("<html><body><main><ul>");
        for (int i = 0; i < 200; i++) {
            b.append("<li><a href=\"/story/").append(i).append("\">Headline number ").append(i)
                    .append(" about the talks and the ceasefire</a></li>");
        }
        return b.append("</ul></main></body></html>").toString();
    }

    private static boolean mentionsNewsletter(String text) {
        return text.toLowerCase(Locale.ROOT).contains("newsletter");
    }

    private static List<Doc> load(Path data) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
        List<Doc> docs = new ArrayList<>();
        for (HtmlPages.Page page : HtmlPages.find(List.of(data.resolve("html")))) {
            JsonNode gold = truth.get(page.id());
            if (gold != null) {
                docs.add(new Doc(page.id(), gold.path("source").asText("-"), page.read(),
                        gold.path("articleBody").asText("")));
            }
        }
        return docs;
    }

    /** The leading arguments before the first option. */
    private static List<Path> dataDirs(String[] args) {
        List<Path> dirs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                break;
            }
            dirs.add(Path.of(arg));
        }
        return dirs;
    }

    private static int intOption(String[] args, String name, int fallback) {
        String v = stringOption(args, name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static String stringOption(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
