package io.newswire.alert.mail;

import io.newswire.core.topic.CompactedTable;
import io.newswire.core.topic.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * A {@link CompactedStore} on its Kafka topic: read into memory by a {@link CompactedTable}, written through an
 * idempotent {@code acks=all} producer whose acknowledgement every write waits for.
 */
final class KafkaCompactedStore<V> implements CompactedStore<V>, AutoCloseable {

    private final Topic<String, V> topic;
    private final CompactedTable<V> view;
    private final Producer<byte[], byte[]> producer;

    KafkaCompactedStore(Topic<String, V> topic, Properties clientProperties, Duration timeout,
                        Producer<byte[], byte[]> producer) {
        this.topic = topic;
        this.view = new CompactedTable<>(clientProperties, topic, timeout);
        this.producer = producer;
    }

    @Override
    public void catchUp() {
        view.catchUp();
    }

    @Override
    public boolean contains(String key) {
        return view.contains(key);
    }

    @Override
    public Collection<V> values() {
        return view.values();
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public void put(String key, V value) {
        write(key, topic.valueSerde().serializer().serialize(topic.name(), value));
        view.apply(key, value);
    }

    @Override
    public void remove(String key) {
        write(key, null);
        view.apply(key, null);
    }

    private void write(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic.name(),
                    topic.keySerde().serializer().serialize(topic.name(), key), value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing " + topic.name(), e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot write " + topic.name() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        view.close();
    }
}
