package io.newswire.ingest.feed;

import io.newswire.ingest.feed.ParseFeedCommand.FileResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code feed-corpus [--rome-defaults] [--report FILE.tsv] PATH...}: {@code parse-feed} over a feed corpus, with
 * the Content-Type its {@code manifest.tsv} (in the path or a folder above) recorded for each file, scored on the
 * files the manifest marks well-formed; {@code --rome-defaults} measures Rome's unhardened defaults instead.
 */
@Command(name = "feed-corpus", mixinStandardHelpOptions = true,
        description = "Parse a feed corpus offline and score the parser against its manifest.")
public final class FeedCorpusBenchmark implements Callable<Integer> {

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

    public static void main(String[] args) {
        System.exit(new CommandLine(new FeedCorpusBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, CorpusManifest.Row> rows = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println("feed-corpus: no such file or folder: " + path);
                return 1;
            }
            Optional<CorpusManifest> manifest = CorpusManifest.find(path.toAbsolutePath().normalize());
            for (Path file : ParseFeedCommand.feedFiles(path)) {
                files.add(file);
                manifest.flatMap(m -> m.row(file)).ifPresent(row -> rows.put(file, row));
            }
        }
        List<FileResult> results = ParseFeedCommand.parseAll(files, parser(rows), maxBytes(), report,
                spec.commandLine().getOut(), err);
        spec.commandLine().getOut().println(summary(results, rows));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ParseFeedCommand.FileParser parser(Map<Path, CorpusManifest.Row> rows) {
        if (romeDefaults) {
            return (file, body) -> RomeDefaultsBaseline.entryCount(body, contentType(rows, file));
        }
        FeedParser parser = new FeedParser();
        return (file, body) -> parser.parse(body, contentType(rows, file), file.toUri()).entries().size();
    }

    /** Rome's defaults have no size limit, so the baseline reads whole files. */
    private int maxBytes() {
        return romeDefaults ? Integer.MAX_VALUE - 8 : FeedParserLimits.defaults().maxBytes() + 1;
    }

    private static String contentType(Map<Path, CorpusManifest.Row> rows, Path file) {
        CorpusManifest.Row row = rows.get(file);
        return row == null ? null : row.contentType();
    }

    /** The parse-feed summary, and the share accepted of the files the reference parser found well-formed. */
    static String summary(List<FileResult> results, Map<Path, CorpusManifest.Row> rows) {
        StringBuilder line = new StringBuilder(ParseFeedCommand.summary(results));
        List<FileResult> notBozo = notBozo(results, rows);
        if (!notBozo.isEmpty()) {
            long accepted = notBozo.stream().filter(FileResult::accepted).count();
            line.append(String.format(Locale.ROOT, "; feedparser not-bozo accepted %d/%d (%s)", accepted,
                    notBozo.size(), ParseFeedCommand.percent(accepted, notBozo.size())));
        }
        return line.toString();
    }

    static List<FileResult> notBozo(List<FileResult> results, Map<Path, CorpusManifest.Row> rows) {
        return results.stream().filter(r -> rows.containsKey(r.file()) && rows.get(r.file()).isNotBozoFeedparser())
                .toList();
    }
}
