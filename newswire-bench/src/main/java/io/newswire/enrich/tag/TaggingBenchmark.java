package io.newswire.enrich.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread throughput of {@link ArticleTagger} on real article text, in MB/s of UTF-8 input:
 * {@code java -cp enrich-service.jar io.newswire.enrich.tag.TaggingBenchmark FILE...} where each FILE is a JSON
 * file (every "articleBody" or "text" string is an article) or JSON Lines with a "text" field. Warms up first,
 * then tags the corpus repeatedly for a fixed amount of the thread's CPU time.
 */
public final class TaggingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaggingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: TaggingBenchmark FILE... (JSON with articleBody/text strings, or JSONL)");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            texts.addAll(load(Path.of(a)));
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        ArticleTagger tagger = ArticleTagger.withBundledGazetteer();
        System.err.printf("corpus: %d texts, %.2f MB%n", texts.size(), bytes / 1e6);
        int sink = run(tagger, texts, 5_000).findings;
        Result r = run(tagger, texts, 10_000);
        sink += r.findings;
        double mb = r.passes * bytes / 1e6;
        System.out.printf(Locale.ROOT, "tagging throughput: %.2f MB/s of thread CPU time, %.2f MB/s wall clock,"
                + " single thread (%d texts, %.2f MB per pass, %d passes, %.1f s CPU, %.1f s wall, %d findings)%n",
                mb / (r.cpuNanos / 1e9), mb / (r.nanos / 1e9), texts.size(), bytes / 1e6, r.passes,
                r.cpuNanos / 1e9, r.nanos / 1e9, sink);
    }

    /**
     * Wall-clock and CPU time: CPU time of the tagging thread is what a shared, loaded machine cannot blur, so the
     * warm-up and the measured run last a fixed amount of the thread's CPU time, not of wall-clock time.
     */
    private record Result(int passes, long nanos, long cpuNanos, int findings) {
    }

    private static Result run(ArticleTagger tagger, List<String> texts, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long budget = millis * 1_000_000L;
        int passes = 0;
        int findings = 0;
        do {
            for (String t : texts) {
                var tags = tagger.tag(t);
                findings += tags.casualties().size() + tags.parties().size() + (tags.talks().present() ? 1 : 0);
            }
            passes++;
        } while (threads.getCurrentThreadCpuTime() - cpuStart < budget);
        return new Result(passes, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart, findings);
    }

    private static List<String> load(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        if (file.toString().endsWith(".jsonl")) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line).path("text").asText());
                }
            }
        } else {
            collect(JSON.readTree(file.toFile()), out);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        node.fields().forEachRemaining(e -> {
            if ((e.getKey().equals("articleBody") || e.getKey().equals("text")) && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
            } else {
                collect(e.getValue(), out);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        }
    }
}
