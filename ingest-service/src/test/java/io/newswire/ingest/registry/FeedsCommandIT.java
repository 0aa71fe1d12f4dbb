package io.newswire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.CommittedRecords;
import io.newswire.ingest.IngestServiceMain;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void shouldSeedFromAFeedsFileOnlyOnce(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                https://seed-one.example/rss interval=60 One
                https://seed-two.example/rss Two
                """);

        try (FeedRegistry registry = registry()) {
            assertThat(registry.addMissing(FeedsFile.read(file))).isEqualTo(2);
            assertThat(registry.addMissing(FeedsFile.read(file))).isZero();
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
