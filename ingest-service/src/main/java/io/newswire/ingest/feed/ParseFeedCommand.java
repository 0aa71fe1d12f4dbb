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
import java.util.List;
import java.util.Locale;
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
 * and reports, per file, accepted with its entry count or rejected with the reason, and the time taken. Scoring a
 * whole corpus against its manifest, and the Rome baseline, are newswire-bench's {@code feed-corpus}.
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

    @Spec
    private CommandSpec spec;

    /** How one file is read: its entry count, or the reason it is not a feed. */
    public interface FileParser {
        int entries(Path file, byte[] body) throws FeedParseException;
    }

    /** Outcome for one file; {@code entries} is -1 when rejected. */
    public record FileResult(Path file, boolean accepted, int entries, String reason, long millis) {

        String tsv() {
            return file + "\t" + (accepted ? "accepted" : "rejected") + "\t"
                    + (accepted ? String.valueOf(entries) : reason.replace('\t', ' ')) + "\t" + millis;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("parse-feed: no such file or folder: " + path);
                return 1;
            }
            files.addAll(feedFiles(path));
        }
        FeedParserLimits limits = FeedParserLimits.defaults();
        FeedParser parser = new FeedParser(limits);
        List<FileResult> results = parseAll(files, (file, body) -> parser.parse(body, null, file.toUri())
                .entries().size(), limits.maxBytes() + 1, report, spec.commandLine().getOut(), err);
        spec.commandLine().getOut().println(summary(results));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Parses every file, reading at most {@code maxBytes} of each (one byte over the parser's limit is enough for it
     * to reject the file, without reading gigabytes), and writes one TSV line per file to the report or to
     * {@code out}; progress goes to {@code err}.
     */
    public static List<FileResult> parseAll(List<Path> files, FileParser parser, int maxBytes, Path report,
                                            PrintWriter out, PrintWriter err) throws IOException {
        List<FileResult> results = new ArrayList<>(files.size());
        try (Writer file = report == null ? null : Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            PrintWriter sink = file == null ? out : new PrintWriter(file);
            sink.println("path\tresult\tentries_or_reason\tmillis");
            for (Path path : files) {
                FileResult result = parseOne(path, parser, maxBytes);
                results.add(result);
                sink.println(result.tsv());
                if (results.size() % PROGRESS_EVERY == 0) {
                    err.printf("parse-feed: %d/%d files%n", results.size(), files.size());
                    err.flush();
                }
            }
            sink.flush();
        }
        return results;
    }

    public static FileResult parseOne(Path file, FileParser parser, int maxBytes) {
        long start = System.nanoTime();
        boolean accepted = false;
        int entries = -1;
        String reason = null;
        try {
            entries = parser.entries(file, readAtMost(file, maxBytes));
            accepted = true;
        } catch (FeedParseException e) {
            reason = e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            reason = "unreadable: " + e.getMessage();
        }
        return new FileResult(file, accepted, entries, reason, (System.nanoTime() - start) / 1_000_000);
    }

    private static byte[] readAtMost(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes);
        }
    }

    public static String summary(List<FileResult> results) {
        long accepted = results.stream().filter(FileResult::accepted).count();
        long totalMillis = results.stream().mapToLong(FileResult::millis).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "parse-feed: %d files, accepted %d (%s)",
                results.size(), accepted, percent(accepted, results.size())));
        line.append("; total ").append(totalMillis).append(" ms");
        results.stream().max(Comparator.comparingLong(FileResult::millis)).ifPresent(slowest ->
                line.append("; slowest ").append(slowest.file()).append(' ').append(slowest.millis()).append(" ms"));
        return line.toString();
    }

    public static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /** The file itself, or the files under a folder that may be feeds (notes and manifests left out), sorted. */
    public static List<Path> feedFiles(Path path) throws IOException {
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
