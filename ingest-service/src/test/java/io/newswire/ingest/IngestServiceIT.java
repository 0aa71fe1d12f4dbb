package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.RawItem;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.FeedServer.Item;
import io.newswire.ingest.registry.FeedRegistry;
import io.newswire.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * ingest-service on a real broker, polling a local feed server: each test gets a fresh broker so that the registry
 * and news.raw hold only its own feeds.
 */
class IngestServiceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int PARTITIONS = 4;

    @TempDir
    Path tmp;

    private EmbeddedKafkaBroker broker;
    private final FeedServer server = new FeedServer();
    private final List<IngestService> services = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.builder().build().start();
        TopicProvisioner.ensureTopics(options("unused").common.kafka);
    }

    @AfterEach
    void stopAll() {
        services.forEach(IngestService::close);
        server.close();
        broker.close();
    }

    @Test
    void shouldPublishNewItemsWithTheirArticleHtml() {
        server.feed("/wire.xml", "Wire", List.of(new Item("w2", "/w/2", "Talks resume in Doha"),
                new Item("w1", "/w/1", "Truce holds")));
        start("one");
        register("/wire.xml");

        try (CommittedRecords<RawItem> raw = new CommittedRecords<>(broker.clientProperties(), Topics.RAW)) {
            await().atMost(TIMEOUT).until(() -> raw.values().size() == 2);
            assertThat(raw.values()).extracting(RawItem::title).containsExactlyInAnyOrder("Truce holds", "Talks resume in Doha");
            assertThat(raw.values()).allSatisfy(item -> assertThat(item.html()).contains("the full story"));
        }
    }

    @Test
    void shouldNotReemitItemsAfterRestart() {
        server.feed("/wire.xml", "Wire", items("w", 3));
        IngestService first = start("first");
        register("/wire.xml");
        try (CommittedRecords<RawItem> raw = new CommittedRecords<>(broker.clientProperties(), Topics.RAW)) {
            await().atMost(TIMEOUT).until(() -> raw.values().size() == 3);
            first.close();
            services.remove(first);

            server.feed("/wire.xml", "Wire", items("w", 4));
            // a new state dir: what the restarted instance knows must come from Kafka
            start("second");

            await().atMost(TIMEOUT).until(() -> raw.values().size() >= 4);
            assertThat(raw.all()).extracting(record -> record.key).doesNotHaveDuplicates().hasSize(4);
        }
    }

    @Test
    void shouldShareFeedsBetweenInstancesAndMoveThemWhenOneStops() {
        List<String> paths = IntStream.range(0, 12).mapToObj(i -> "/feed-" + i + ".xml").toList();
        paths.forEach(path -> server.feed(path, path, List.of(new Item(path + "#1", path + "/1", "First " + path))));
        IngestService a = start("a");
        IngestService b = start("b");
        await().atMost(TIMEOUT).until(() -> a.isReady() && b.isReady());
        paths.forEach(this::register);

        try (CommittedRecords<RawItem> raw = new CommittedRecords<>(broker.clientProperties(), Topics.RAW)) {
            await().atMost(TIMEOUT).until(() -> raw.values().size() == 12);
            await().atMost(TIMEOUT).until(() -> polls(a) > 0 && polls(b) > 0);

            b.close();
            services.remove(b);
            paths.forEach(path -> server.feed(path, path, List.of(new Item(path + "#2", path + "/2", "Second " + path),
                    new Item(path + "#1", path + "/1", "First " + path))));

            await().atMost(TIMEOUT).until(() -> raw.values().size() >= 24);
            assertThat(raw.all()).extracting(record -> record.key).doesNotHaveDuplicates().hasSize(24);
        }
    }

    @Test
    void shouldBackOffAFailingFeedAndKeepPollingIt() {
        server.fail("/wire.xml", 503);
        start("failing");
        String url = register("/wire.xml");

        try (CommittedRecords<FeedState> states = new CommittedRecords<>(broker.clientProperties(), Topics.FEED_STATE);
             CommittedRecords<RawItem> raw = new CommittedRecords<>(broker.clientProperties(), Topics.RAW)) {
            await().atMost(TIMEOUT).until(() -> states.values().stream().anyMatch(s -> s.consecutiveFailures() >= 2));
            assertThat(last(states.values()).lastOutcome()).isEqualTo("SERVER_ERROR");

            server.feed("/wire.xml", "Wire", items("w", 1));

            await().atMost(TIMEOUT).until(() -> raw.values().size() == 1);
            await().atMost(TIMEOUT).until(() -> last(states.values()).consecutiveFailures() == 0);
            assertThat(last(states.values()).url()).isEqualTo(url);
        }
    }

    private IngestService start(String name) {
        IngestService service = IngestService.start(options(name));
        services.add(service);
        return service;
    }

    private IngestOptions options(String name) {
        IngestOptions options = new IngestOptions();
        new CommandLine(options).parseArgs("--bootstrap-servers", broker.bootstrapServers(),
                "--topic-partitions", Integer.toString(PARTITIONS),
                "--state-dir", tmp.resolve(name).toString(), "--ops-port", "0", "--allow-hosts", "localhost",
                "--min-poll-interval", "1", "--per-host-spacing", "0", "--poll-workers", "4");
        return options;
    }

    private String register(String path) {
        String url = server.url(path);
        try (FeedRegistry registry = FeedRegistry.connect(options("registry").common.kafka)) {
            registry.put(new FeedConfig(url, null, 1, "en", true));
        }
        return url;
    }

    private static List<Item> items(String prefix, int count) {
        return IntStream.rangeClosed(1, count).map(i -> count + 1 - i)
                .mapToObj(i -> new Item(prefix + i, "/" + prefix + "/" + i, "Story " + i)).toList();
    }

    private static <T> T last(List<T> values) {
        return values.get(values.size() - 1);
    }

    /** Polls counted by the instance's own /metrics endpoint. */
    private static double polls(IngestService service) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + service.opsPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().lines()
                .filter(line -> line.startsWith("newswire_polls_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
