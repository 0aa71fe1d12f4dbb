package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @Test
    void shouldDeliverAProducedRecordToAConsumer() throws Exception {
        kafka.createTopics("plain");
        try (var producer = producer(kafka.broker(), Map.of())) {
            producer.send(new ProducerRecord<>("plain", "k", "hello")).get();
        }

        assertThat(consume(kafka.broker(), "plain", 1, Map.of()))
                .extracting(ConsumerRecord::value).containsExactly("hello");
    }

    @Test
    void shouldShowReadCommittedConsumersOnlyCommittedTransactions() {
        kafka.createTopics("transactional");
        try (var producer = producer(kafka.broker(), Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-" + UUID.randomUUID()))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactional", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactional", "k", "committed"));
            producer.commitTransaction();
        }

        assertThat(consume(kafka.broker(), "transactional", 1, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")))
                .extracting(ConsumerRecord::value).containsExactly("committed");
    }

    @Test
    void shouldServeConsumersOfTheConsumerGroupProtocol() throws Exception {
        kafka.createTopics("kip848");
        try (var producer = producer(kafka.broker(), Map.of())) {
            producer.send(new ProducerRecord<>("kip848", "k", "new protocol")).get();
        }
        String group = "group-" + UUID.randomUUID();

        List<ConsumerRecord<String, String>> records = consume(kafka.broker(), "kip848", 1, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer"));

        assertThat(records).extracting(ConsumerRecord::value).containsExactly("new protocol");
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            assertThat(admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().type())
                    .isEqualTo(GroupType.CONSUMER);
        }
    }

    @Test
    void shouldFinalizeTheFeaturesThatStreamsAndTransactionsNeed() throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            FeatureMetadata features = admin.describeFeatures().featureMetadata().get();

            assertThat(features.finalizedFeatures()).containsKeys("group.version", "transaction.version", "streams.version");
            assertThat(features.finalizedFeatures().get("streams.version").maxVersionLevel()).isPositive();
        }
    }

    @Test
    void shouldKeepRecordsWhenRestartedOnTheSameLogDir(@TempDir Path parent) throws Exception {
        Path logDir = parent.resolve("not-yet-created");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(logDir).build().start()) {
            broker.createTopics("durable");
            try (var producer = producer(broker, Map.of())) {
                producer.send(new ProducerRecord<>("durable", "k", "before restart")).get();
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(consume(broker, "durable", 1, Map.of()))
                    .extracting(ConsumerRecord::value).containsExactly("before restart");
        }
    }

    @Test
    void shouldKeepAGivenLogDirAfterClose(@TempDir Path logDir) {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(logDir).build().start()) {
            broker.createTopics("kept");
        }

        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.builder().logDir(logDir).build().start();
             Admin admin = Admin.create(again.clientProperties())) {
            await().atMost(TIMEOUT).until(() -> admin.listTopics().names().get().contains("kept"));
        }
    }

    @Test
    void shouldDeleteItsTemporaryLogDirOnClose() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        Path logDir = broker.logDir();

        broker.close();

        assertThat(logDir).doesNotExist();
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaBroker broker, Map<String, Object> extra) {
        Map<String, Object> props = broker.clientProperties();
        props.putAll(extra);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consume(EmbeddedKafkaBroker broker, String topic, int count,
                                                                Map<String, Object> extra) {
        Map<String, Object> props = broker.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putAll(extra);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }
}
