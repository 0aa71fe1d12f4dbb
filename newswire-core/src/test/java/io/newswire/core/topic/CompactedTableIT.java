package io.newswire.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompactedTableIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @Test
    void shouldKeepTheLatestValuePerKeyAndDropTombstonedKeys() throws Exception {
        kafka.createTopics("table-latest");
        Topic<String, FeedConfig> topic = feeds("table-latest");
        write(topic, "a", json(topic, feed("https://a.example/old")));
        write(topic, "a", json(topic, feed("https://a.example/new")));
        write(topic, "b", json(topic, feed("https://b.example/")));
        write(topic, "b", null);

        Map<String, FeedConfig> latest = CompactedTable.read(clientProperties(), topic, TIMEOUT);

        assertThat(latest).containsOnlyKeys("a");
        assertThat(latest.get("a").url()).isEqualTo("https://a.example/new");
    }

    @Test
    void shouldSeeRecordsWrittenAfterTheFirstReadOnCatchUp() throws Exception {
        kafka.createTopics("table-catch-up");
        Topic<String, FeedConfig> topic = feeds("table-catch-up");
        write(topic, "a", json(topic, feed("https://a.example/")));
        try (CompactedTable<FeedConfig> table = new CompactedTable<>(clientProperties(), topic, TIMEOUT)) {
            table.catchUp();
            write(topic, "b", json(topic, feed("https://b.example/")));
            write(topic, "a", null);

            table.catchUp();

            assertThat(table.asMap()).containsOnlyKeys("b");
        }
    }

    @Test
    void shouldSkipAnUndecodableValueAndKeepTheOthers() throws Exception {
        kafka.createTopics("table-poison");
        Topic<String, FeedConfig> topic = feeds("table-poison");
        write(topic, "bad", "not json".getBytes(StandardCharsets.UTF_8));
        write(topic, "good", json(topic, feed("https://good.example/")));

        assertThat(CompactedTable.read(clientProperties(), topic, TIMEOUT)).containsOnlyKeys("good");
    }

    @Test
    void shouldGiveUpWithinItsTimeoutWhenNoBrokerAnswers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Properties nowhere = KafkaOptions.clientProperties("localhost:" + closedPort);
        long start = System.nanoTime();

        assertThatThrownBy(() -> CompactedTable.read(nowhere, feeds("anything"), Duration.ofSeconds(2)))
                .isInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    private static Topic<String, FeedConfig> feeds(String name) {
        return new Topic<>(name, Topics.FEEDS.keySerde(), Topics.FEEDS.valueSerde(), FeedConfig.class, true);
    }

    private static FeedConfig feed(String url) {
        return new FeedConfig(url, null, FeedConfig.DEFAULT_POLL_INTERVAL_SECONDS, null, true);
    }

    private static byte[] json(Topic<String, FeedConfig> topic, FeedConfig feed) {
        return topic.valueSerde().serializer().serialize(topic.name(), feed);
    }

    private static void write(Topic<String, FeedConfig> topic, String key, byte[] value) throws Exception {
        try (var producer = new KafkaProducer<>(clientProperties(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }

    private static Properties clientProperties() {
        return KafkaOptions.clientProperties(kafka.bootstrapServers());
    }
}
