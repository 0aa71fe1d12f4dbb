package io.newswire.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parse-feed [--report FILE.tsv] PATH...}: parses feed files offline with the production {@link FeedParser}
 * and reports, per file, accepted with its entry count or rejected with the reason, and the time taken. When a
 * path lies in a corpus with a {@code manifest.tsv} (in it or a folder above), the Content-Type recorded there is
 * used and the summary scores the files the manifest marks well-formed.
 */
@Command(name = "parse-feed", mixinStandardHelpOptions = true,
        description = "Parse feed files or folders offline and report accepted/rejected per file.")
public final class ParseFeedCommand implements Callable<Integer> {

    private static final Set<String> NOT_FEEDS = Set.of(".md", ".txt", ".tsv");
    private static final int PROGRESS_EVERY = 250;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Feed files or folders (searched recursively).")
    private List<Path> paths;

    @Option(names = "--report", paramLabel = "FILE.tsv",
            description = "Write the per-file results here instead of to standard output.")
    private Path report;

    @Option(names = "--rome-defaults",
            description = "Parse with Rome's unhardened defaults instead (baseline for comparison; no limits).")
    private boolean romeDefaults;

    @Spec
    private CommandSpec spec;

    private final FeedParserLimits limits = FeedParserLimits.defaults();
    private final FeedParser parser = new FeedParser(limits);

    /** Outcome for one file; {@code entries} is -1 when rejected. */
    record FileResult(Path file, boolean accepted, int entries, String reason, long millis,
                      CorpusManifest.Row manifestRow) {

        String tsv() {
            return file + "\t" + (accepted ? "accepted" : "rejected") + "\t"
                    + (accepted ? String.valueOf(entries) : reason.replace('\t', ' ')) + "\t" + millis;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, CorpusManifest.Row> files = new LinkedHashMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("parse-feed: no such file or folder: " + path);
                return 1;
            }
            Optional<CorpusManifest> manifest = CorpusManifest.find(path.toAbsolutePath().normalize());
            for (Path file : feedFiles(path)) {
                files.put(file, manifest.flatMap(m -> m.row(file)).orElse(null));
            }
        }
        List<FileResult> results = new ArrayList<>(files.size());
        try (Writer out = report == null ? null : Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            PrintWriter sink = out == null ? spec.commandLine().getOut() : new PrintWriter(out);
            sink.println("path\tresult\tentries_or_reason\tmillis");
            for (Map.Entry<Path, CorpusManifest.Row> file : files.entrySet()) {
                FileResult result = parseOne(file.getKey(), file.getValue());
                results.add(result);
                sink.println(result.tsv());
                if (results.size() % PROGRESS_EVERY == 0) {
                    err.printf("parse-feed: %d/%d files%n", results.size(), files.size());
                    err.flush();
                }
            }
            sink.flush();
        }
        spec.commandLine().getOut().println(summary(results));
        spec.commandLine().getOut().flush();
        return 0;
    }

    FileResult parseOne(Path file, CorpusManifest.Row row) {
        long start = System.nanoTime();
        boolean accepted = false;
        int entries = -1;
        String reason = null;
        try {
            byte[] body = romeDefaults ? Files.readAllBytes(file) : readAtMost(file, limits.maxBytes() + 1);
            String contentType = row == null ? null : row.contentType();
            entries = romeDefaults ? RomeDefaultsBaseline.entryCount(body, contentType)
                    : parser.parse(body, contentType, file.toUri()).entries().size();
            accepted = true;
        } catch (FeedParseException e) {
            reason = e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            reason = "unreadable: " + e.getMessage();
        }
        return new FileResult(file, accepted, entries, reason, (System.nanoTime() - start) / 1_000_000, row);
    }

    /** One byte over the limit is enough for the parser to reject the file, without reading gigabytes. */
    private static byte[] readAtMost(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes);
        }
    }

    static String summary(List<FileResult> results) {
        long accepted = results.stream().filter(FileResult::accepted).count();
        long totalMillis = results.stream().mapToLong(FileResult::millis).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "parse-feed: %d files, accepted %d (%s)",
                results.size(), accepted, percent(accepted, results.size())));
        List<FileResult> notBozo = results.stream()
                .filter(r -> r.manifestRow() != null && r.manifestRow().isNotBozoFeedparser()).toList();
        if (!notBozo.isEmpty()) {
            long notBozoAccepted = notBozo.stream().filter(FileResult::accepted).count();
            line.append(String.format(Locale.ROOT, "; feedparser not-bozo accepted %d/%d (%s)", notBozoAccepted,
                    notBozo.size(), percent(notBozoAccepted, notBozo.size())));
        }
        line.append("; total ").append(totalMillis).append(" ms");
        results.stream().max(Comparator.comparingLong(FileResult::millis)).ifPresent(slowest ->
                line.append("; slowest ").append(slowest.file()).append(' ').append(slowest.millis()).append(" ms"));
        return line.toString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static List<Path> feedFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ParseFeedCommand::mayBeFeed).sorted().toList();
        }
    }

    private static boolean mayBeFeed(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 || !NOT_FEEDS.contains(name.substring(dot));
    }
}
