package io.newswire.core.topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its beginning, every partition assigned and no consumer group: nothing is committed, so
 * reading changes nothing for anyone and every reader sees every record. Only committed records count, as the
 * services write their topics in transactions. Every wait on the broker is bounded by the reader's timeout, after
 * which a Kafka {@link TimeoutException} names the topic.
 */
public final class TopicReader<K, V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String topic;
    private final Duration timeout;
    private final KafkaConsumer<K, V> consumer;
    private List<TopicPartition> partitions;

    public TopicReader(Properties clientProperties, String topic, Deserializer<K> keys, Deserializer<V> values,
                       Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.putIfAbsent(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        props.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.consumer = new KafkaConsumer<>(props, keys, values);
    }

    /** Keys as strings, values as their bytes: the caller decodes, so one bad value cannot stall the reader. */
    public static TopicReader<String, byte[]> undecoded(Properties clientProperties, String topic,
                                                        Duration timeout) {
        return new TopicReader<>(clientProperties, topic, new StringDeserializer(), new ByteArrayDeserializer(),
                timeout);
    }

    public static TopicReader<byte[], byte[]> raw(Properties clientProperties, String topic, Duration timeout) {
        return new TopicReader<>(clientProperties, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                timeout);
    }

    /** Every committed record of the topic so far. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(Properties clientProperties, String topic,
                                                               Duration timeout) {
        try (TopicReader<byte[], byte[]> reader = raw(clientProperties, topic, timeout)) {
            return reader.readToEnd();
        }
    }

    /** Every committed value of the topic so far, tombstones left out. */
    public static <V> List<V> values(Properties clientProperties, Topic<String, V> topic, Duration timeout) {
        Deserializer<V> values = topic.valueSerde().deserializer();
        return readAll(clientProperties, topic.name(), timeout).stream()
                .filter(record -> record.value() != null)
                .map(record -> values.deserialize(topic.name(), record.value()))
                .toList();
    }

    public String topic() {
        return topic;
    }

    /** The records after those already read, up to the topic's end as it is when called. */
    public List<ConsumerRecord<K, V>> readToEnd() {
        List<TopicPartition> assigned = partitions();
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        while (behind(end)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("could not read topic " + topic + " to its end within " + timeout);
            }
            consumer.poll(POLL).forEach(records::add);
        }
        return records;
    }

    /** Whatever arrives within {@code wait}, without waiting for the end. */
    public ConsumerRecords<K, V> poll(Duration wait) {
        partitions();
        return consumer.poll(wait);
    }

    /** The partitions read, assigned at their beginning on first use. */
    public List<TopicPartition> partitions() {
        if (partitions == null) {
            partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        return partitions;
    }

    private boolean behind(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), timeout) < e.getValue());
    }

    /** Interrupts a {@link #poll} or {@link #readToEnd} blocked in another thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
