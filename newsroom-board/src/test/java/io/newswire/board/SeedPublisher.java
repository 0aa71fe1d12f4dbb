package io.newswire.board;

import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import io.newswire.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes articles and alerts to their contract topics, as enrich-service and alert-service would. */
public final class SeedPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public SeedPublisher(Map<String, Object> clientProperties) {
        producer = new KafkaProducer<>(clientProperties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public void articles(Article... articles) {
        for (Article article : articles) {
            send(new ProducerRecord<>(Topics.ARTICLES.name(), key(article.itemId()),
                    Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article)));
        }
    }

    public void alerts(List<Alert> alerts) {
        for (Alert alert : alerts) {
            send(new ProducerRecord<>(Topics.ALERTS_ALL.name(), key(alert.storyId()),
                    Topics.ALERTS_ALL.valueSerde().serializer().serialize(Topics.ALERTS_ALL.name(), alert)));
        }
    }

    /** A record the contract cannot read, as a broken producer might write. */
    public void raw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key(key), value));
    }

    private void send(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
