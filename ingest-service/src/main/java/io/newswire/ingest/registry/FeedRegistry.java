package io.newswire.ingest.registry;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.topic.CompactedTable;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The feed registry, topic {@code news.feeds}: one record per feed keyed by its URL, a tombstone removes it. Writes
 * are acknowledged by all replicas and idempotent, so a retried add neither fails nor doubles.
 */
public final class FeedRegistry implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaOptions kafka;
    private final KafkaProducer<String, FeedConfig> producer;

    private FeedRegistry(KafkaOptions kafka, KafkaProducer<String, FeedConfig> producer) {
        this.kafka = kafka;
        this.producer = producer;
    }

    /** Connects, creating the contract's topics first so that the registry topic is born compacted. */
    public static FeedRegistry connect(KafkaOptions kafka) {
        TopicProvisioner.ensureTopics(kafka);
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new FeedRegistry(kafka, new KafkaProducer<>(props, Topics.FEEDS.keySerde().serializer(),
                Topics.FEEDS.valueSerde().serializer()));
    }

    public void put(FeedConfig feed) {
        send(feed.url(), feed);
    }

    public void remove(String url) {
        send(url, null);
    }

    /** Every registered feed by URL. */
    public Map<String, FeedConfig> feeds() {
        return CompactedTable.read(kafka.clientProperties(), Topics.FEEDS, READ_TIMEOUT);
    }

    /** The last state ingest published for each feed. */
    public Map<String, FeedState> states() {
        return CompactedTable.read(kafka.clientProperties(), Topics.FEED_STATE, READ_TIMEOUT);
    }

    /**
     * Adds the feeds that are not registered yet and leaves the others as they are, so seeding from the same file
     * on every start, or from several instances at once, changes nothing after the first time. Returns the number
     * added.
     */
    public int addMissing(Collection<FeedConfig> feeds) {
        Map<String, FeedConfig> registered = feeds();
        int added = 0;
        for (FeedConfig feed : feeds) {
            if (!registered.containsKey(feed.url())) {
                put(feed);
                added++;
            }
        }
        return added;
    }

    private void send(String url, FeedConfig value) {
        try {
            producer.send(new ProducerRecord<>(Topics.FEEDS.name(), url, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + url + " to the registry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write " + url + " to the registry: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
