package io.newswire.alert.mail;

import io.newswire.core.topic.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The latest value per key of a compacted topic, read from the beginning into memory and brought up to the topic's
 * end on demand. Tombstones remove keys. Partitions are assigned, not subscribed: every reader sees every key.
 */
final class CompactedTopicView<V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Topic<String, V> topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, V> values = new HashMap<>();
    private List<TopicPartition> partitions;

    CompactedTopicView(Topic<String, V> topic, Properties clientProperties) {
        this.topic = topic;
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads everything written up to now. */
    void catchUp() {
        if (partitions == null) {
            partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (behind(end)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                apply(record.key(), record.value() == null ? null
                        : topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
            }
        }
    }

    private boolean behind(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue());
    }

    /** Applies a write this process made itself, so that it counts before the next catch-up reads it back. */
    void apply(String key, V value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    boolean contains(String key) {
        return values.containsKey(key);
    }

    Collection<V> values() {
        return values.values();
    }

    int size() {
        return values.size();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
