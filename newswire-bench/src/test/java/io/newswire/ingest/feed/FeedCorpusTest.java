package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Scores the production parser on the shared feed corpus ({@code ../shared/data/feeds}); skipped when the corpus
 * is not there. Speed is recorded by newswire-bench {@code feed-corpus} in docs/benchmarks.md, not asserted here.
 */
class FeedCorpusTest {

    /** The hostile feeds point their DTDs and entities at this local port. */
    private static final int HOSTILE_PORT = 18089;

    @Test
    void shouldAcceptAtLeast98PercentOfWellFormedFeedparserFilesAndEndEveryFileAcceptedOrRejected() throws Exception {
        Path corpus = corpus();
        CorpusManifest manifest = CorpusManifest.read(corpus.resolve(CorpusManifest.FILE_NAME));
        FeedParser parser = new FeedParser();
        Map<Path, CorpusManifest.Row> rows = new HashMap<>();
        List<ParseFeedCommand.FileResult> results = new ArrayList<>();
        for (Path file : feedFiles(corpus)) {
            manifest.row(file).ifPresent(row -> rows.put(file, row));
            String contentType = manifest.row(file).map(CorpusManifest.Row::contentType).orElse(null);
            results.add(ParseFeedCommand.parseOne(file, (f, body) -> parser.parse(body, contentType, f.toUri())
                    .entries().size(), FeedParserLimits.defaults().maxBytes() + 1));
        }

        assertThat(results).hasSizeGreaterThan(2000)
                .allSatisfy(r -> assertThat(r.accepted() ? r.entries() >= 0 : !r.reason().isBlank()).isTrue());
        List<ParseFeedCommand.FileResult> notBozo = FeedCorpusBenchmark.notBozo(results, rows);
        long accepted = notBozo.stream().filter(ParseFeedCommand.FileResult::accepted).count();
        assertThat(notBozo).hasSizeGreaterThan(1000);
        assertThat((double) accepted / notBozo.size()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void shouldRejectOrDefuseEveryHostileFeedWithoutNetworkAccess() throws Exception {
        Path synthetic = corpus().resolve("synthetic");
        FeedParser parser = new FeedParser();
        try (MockWebServer listener = new MockWebServer()) {
            boolean listening = bind(listener);
            for (Path file : feedFiles(synthetic)) {
                Optional<ParsedFeed> feed = parseOrReject(parser, file);
                feed.ifPresent(parsed -> assertThat(textOf(parsed)).as(file.toString())
                        .doesNotContain("lollol").doesNotContain("root:").doesNotContain("AAAAAAAAAAAAAAAA"));
            }
            assumeTrue(listening, "port " + HOSTILE_PORT + " is busy; could not watch for fetches");
            assertThat(listener.getRequestCount()).isZero();
        }
    }

    private static Optional<ParsedFeed> parseOrReject(FeedParser parser, Path file) throws IOException {
        try {
            return Optional.of(parser.parse(Files.readAllBytes(file), null, file.toUri()));
        } catch (FeedParseException rejected) {
            return Optional.empty();
        }
    }

    private static String textOf(ParsedFeed feed) {
        StringBuilder text = new StringBuilder().append(feed.title()).append(feed.link());
        feed.entries().forEach(e -> text.append(e.title()).append(e.summary()).append(e.guid()).append(e.link()));
        return text.toString();
    }

    private static boolean bind(MockWebServer server) {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), HOSTILE_PORT);
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    private static List<Path> feedFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Path corpus() {
        Path found = Stream.of(Path.of("../shared/data/feeds"), Path.of("../../shared/data/feeds"))
                .filter(p -> Files.isRegularFile(p.resolve(CorpusManifest.FILE_NAME)))
                .findFirst().orElse(null);
        assumeTrue(found != null, "feed corpus ../shared/data/feeds not found; corpus test skipped");
        return found.toAbsolutePath().normalize();
    }
}
