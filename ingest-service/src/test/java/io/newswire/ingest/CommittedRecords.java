package io.newswire.ingest;

import io.newswire.core.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KeyValue;

/** Everything committed to a topic so far, as a dashboard would see it (read_committed, from the beginning). */
public final class CommittedRecords<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<TopicPartition> partitions;
    private final List<KeyValue<String, V>> records = new ArrayList<>();

    public CommittedRecords(Map<String, Object> clientProperties, Topic<String, V> topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record committed until now, in partition order. */
    public List<KeyValue<String, V>> all() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            consumer.poll(Duration.ofMillis(100))
                    .forEach(record -> records.add(KeyValue.pair(record.key(), record.value())));
        }
        return List.copyOf(records);
    }

    public List<V> values() {
        return all().stream().map(record -> record.value).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
