package io.newswire.core.topic;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest value per key of a compacted topic, read from its beginning into memory and brought up to the topic's
 * end by {@link #catchUp()}; tombstones remove keys. A value that cannot be decoded is skipped with a warning naming
 * its offset, so one bad record neither stalls the table nor hides the others.
 */
public final class CompactedTable<V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CompactedTable.class);

    private final Topic<String, V> topic;
    private final Deserializer<V> values;
    private final TopicReader<String, byte[]> reader;
    private final Map<String, V> latest = new HashMap<>();

    public CompactedTable(Properties clientProperties, Topic<String, V> topic, Duration timeout) {
        this.topic = topic;
        this.values = topic.valueSerde().deserializer();
        this.reader = TopicReader.undecoded(clientProperties, topic.name(), timeout);
    }

    /** The latest value per key as the topic is now, in key order; the table is closed again. */
    public static <V> Map<String, V> read(Properties clientProperties, Topic<String, V> topic, Duration timeout) {
        try (CompactedTable<V> table = new CompactedTable<>(clientProperties, topic, timeout)) {
            table.catchUp();
            return new TreeMap<>(table.latest);
        }
    }

    /** Reads everything committed up to now. */
    public void catchUp() {
        for (ConsumerRecord<String, byte[]> record : reader.readToEnd()) {
            if (record.value() == null) {
                latest.remove(record.key());
                continue;
            }
            try {
                latest.put(record.key(), values.deserialize(topic.name(), record.value()));
            } catch (SerializationException e) {
                LOG.warn("skipped undecodable value at {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
    }

    /** Applies a write this process made itself, so that it counts before the next catch-up reads it back. */
    public void apply(String key, V value) {
        if (value == null) {
            latest.remove(key);
        } else {
            latest.put(key, value);
        }
    }

    public V get(String key) {
        return latest.get(key);
    }

    public boolean contains(String key) {
        return latest.containsKey(key);
    }

    public Collection<V> values() {
        return Collections.unmodifiableCollection(latest.values());
    }

    public Map<String, V> asMap() {
        return Collections.unmodifiableMap(latest);
    }

    public int size() {
        return latest.size();
    }

    @Override
    public void close() {
        reader.close();
    }
}
