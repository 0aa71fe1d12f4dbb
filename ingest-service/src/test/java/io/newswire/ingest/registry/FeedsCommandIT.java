package io.newswire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.CommittedRecords;
import io.newswire.ingest.IngestServiceMain;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The {@code feeds} subcommands of the jar against a real broker; tests use distinct feed URLs on one registry. */
class FeedsCommandIT {

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @Test
    void shouldAddListAndRemoveFeeds() {
        assertThat(run("feeds", "add", "https://wire.example/rss", "--title", "The Wire", "--interval", "120",
                "--language", "en").exitCode).isZero();
        assertThat(run("feeds", "add", "https://quiet.example/rss", "--disabled").exitCode).isZero();

        Result listed = run("feeds", "list");
        assertThat(listed.out).contains("https://wire.example/rss\tThe Wire\t120\ttrue")
                .contains("https://quiet.example/rss\t\t300\tfalse");

        assertThat(run("feeds", "remove", "https://quiet.example/rss").exitCode).isZero();
        assertThat(run("feeds", "list").out).contains("https://wire.example/rss")
                .doesNotContain("https://quiet.example/rss");
    }

    @Test
    void shouldImportOnlyTheOpmlFeedsNotYetRegistered(@TempDir Path dir) throws IOException {
        run("feeds", "add", "https://daily.example/feed", "--title", "Kept title");
        Path opml = Files.writeString(dir.resolve("subscriptions.opml"), """
                <opml version="2.0"><body>
                  <outline text="Daily" xmlUrl="https://daily.example/feed"/>
                  <outline text="Gazette" xmlUrl="https://gazette.example/rss"/>
                </body></opml>
                """);

        Result imported = run("feeds", "import-opml", opml.toString());

        assertThat(imported.err).contains("1 added, 1 already registered");
        Map<String, FeedConfig> feeds = registry().feeds();
        assertThat(feeds.get("https://daily.example/feed").title()).isEqualTo("Kept title");
        assertThat(feeds.get("https://gazette.example/rss").title()).isEqualTo("Gazette");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "not-a-url", "ftp://files.example/feed.xml",
            "http://169.254.169.254/latest/meta-data/"})
    void shouldRefuseAUrlThatCannotBeAFeedInOneLineAndRegisterNothing(String url) {
        Result refused = run("feeds", "add", url);

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err.lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("feeds add: " + url + ": "));
        assertThat(registry().feeds()).doesNotContainKey(url);
    }

    @Test
    void shouldRefuseAFiveThousandCharacterHost() {
        String url = "https://" + "h".repeat(5_000) + ".example/rss";

        Result refused = run("feeds", "add", url);

        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.err.lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("URL longer than").hasSizeLessThan(300));
        assertThat(registry().feeds()).doesNotContainKey(url);
    }

    @Test
    void shouldImportTheGoodFeedsOfAnOpmlFileAndNameTheLineOfEachRefusedOne(@TempDir Path dir) throws IOException {
        Path opml = Files.writeString(dir.resolve("mixed.opml"), """
                <opml version="2.0"><body>
                  <outline text="Good" xmlUrl="https://good-import.example/rss"/>
                  <outline text="Local file" xmlUrl="file:///etc/passwd"/>
                  <outline text="Metadata" xmlUrl="http://169.254.169.254/"/>
                </body></opml>
                """);

        Result imported = run("feeds", "import-opml", opml.toString());

        assertThat(imported.exitCode).isEqualTo(1);
        assertThat(imported.err).contains(opml + ":3: file:///etc/passwd: ")
                .contains(opml + ":4: http://169.254.169.254/: ").contains("1 added").contains("2 refused");
        assertThat(registry().feeds()).containsKey("https://good-import.example/rss")
                .doesNotContainKeys("file:///etc/passwd", "http://169.254.169.254/");
    }

    @Test
    void shouldShowAFeedThatKeepsFailingAsFailingInTheList() {
        String url = "http://169.254.169.254/registered-before-checks";
        try (FeedRegistry registry = registry(); var states = new KafkaProducer<>(
                kafka.clientProperties(), Topics.FEED_STATE.keySerde().serializer(),
                Topics.FEED_STATE.valueSerde().serializer())) {
            registry.put(new FeedConfig(url, "Metadata", 300, null, true));
            states.send(new ProducerRecord<>(Topics.FEED_STATE.name(), url,
                    new FeedState(url, null, null, List.of(), 4, Instant.parse("2030-01-01T00:00:00Z"),
                            Instant.parse("2029-12-31T23:00:00Z"), "BLOCKED_ADDRESS")));
        }

        assertThat(run("feeds", "list").out.lines().filter(line -> line.startsWith(url + "\t")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains("\tBLOCKED_ADDRESS\t4\t"));
    }

    @Test
    void shouldSeedFromAFeedsFileOnlyOnce(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                https://seed-one.example/rss interval=60 One
                https://seed-two.example/rss Two
                """);

        try (FeedRegistry registry = registry()) {
            assertThat(registry.addMissing(FeedsFile.read(file).stream().map(ListedFeed::feed).toList())).isEqualTo(2);
            assertThat(registry.addMissing(FeedsFile.read(file).stream().map(ListedFeed::feed).toList())).isZero();
        }
        try (CommittedRecords<FeedConfig> records = new CommittedRecords<>(kafka.clientProperties(), Topics.FEEDS)) {
            assertThat(records.all()).filteredOn(record -> record.key.startsWith("https://seed-")).hasSize(2);
        }
    }

    private static FeedRegistry registry() {
        return FeedRegistry.connect(new KafkaOptions(kafka.bootstrapServers(), 3, (short) 1));
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new IngestServiceMain())
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] withBroker = new String[args.length + 2];
        System.arraycopy(args, 0, withBroker, 0, args.length);
        withBroker[args.length] = "--bootstrap-servers";
        withBroker[args.length + 1] = kafka.bootstrapServers();
        int exitCode = command.execute(withBroker);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
