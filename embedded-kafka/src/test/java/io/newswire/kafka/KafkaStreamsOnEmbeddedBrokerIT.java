package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KafkaStreamsOnEmbeddedBrokerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @ParameterizedTest(name = "group.protocol={0}")
    @ValueSource(strings = {"classic", "streams"})
    void shouldRunAnExactlyOnceTopology(String groupProtocol, @TempDir Path stateDir) throws Exception {
        String input = "words-" + groupProtocol;
        String output = "shouted-" + groupProtocol;
        kafka.createTopics(input, output);
        StreamsBuilder builder = new StreamsBuilder();
        builder.<String, String>stream(input).mapValues(value -> value.toUpperCase()).to(output);

        try (KafkaStreams streams = new KafkaStreams(builder.build(), streamsConfig(groupProtocol, stateDir))) {
            streams.start();
            try (var producer = new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(input, "k", "ceasefire")).get();
            }

            assertThat(readCommitted(output)).containsExactly("CEASEFIRE");
        }
    }

    private static Properties streamsConfig(String groupProtocol, Path stateDir) {
        Properties props = new Properties();
        props.putAll(kafka.clientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "shout-" + groupProtocol);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, groupProtocol);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return props;
    }

    private static List<String> readCommitted(String topic) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }
}
