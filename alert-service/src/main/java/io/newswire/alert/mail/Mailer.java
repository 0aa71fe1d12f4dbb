package io.newswire.alert.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.DigestEntry;
import io.newswire.core.event.MailRecord;
import io.newswire.core.topic.DeadLetterWriter;
import io.newswire.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads alerts.bulletins and e-mails each article's bulletin once to each subscriber it concerns, at once or in a
 * digest. This class only wires the Kafka clients to the parts that decide: {@link MailLoop} (poll, commit, rewind,
 * backoff) and {@link MailDesk} (routing, ledger, digests, dead letters).
 *
 * <p>Exactly once per bulletin and subscriber rests on three things. The mail ledger is read to its end before any
 * mail goes out and consulted before every send, with a Message-ID that is a function of bulletin and subscriber.
 * The ledger entry is written at the SMTP commit point (see {@link SmtpEmailer}), so a crash never leaves a sent
 * mail unrecorded. And a bulletin's offset is committed only once all its mails are in the ledger or the digest
 * buffer. Meant to run as one instance: the digest buffer is not partitioned among instances.
 */
public final class Mailer implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    /** How long reading the ledger or the digest buffer to its end may take before the mailer gives up. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final String SERVICE = "alert-service";

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaCompactedStore<?> ledgerStore;
    private final KafkaCompactedStore<?> bufferStore;
    private final MailLoop loop;
    private final List<KafkaClientMetrics> clientMetrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean failed;

    public Mailer(KafkaOptions kafka, MailerSettings settings, Emailer emailer, MeterRegistry registry, Clock clock) {
        this.consumer = new KafkaConsumer<>(consumerProperties(kafka), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(producerProperties(kafka), new ByteArraySerializer(),
                new ByteArraySerializer());
        KafkaCompactedStore<MailRecord> ledger =
                new KafkaCompactedStore<>(Topics.MAIL_LEDGER, kafka.clientProperties(), READ_TIMEOUT, producer);
        KafkaCompactedStore<DigestEntry> buffer =
                new KafkaCompactedStore<>(Topics.DIGEST_BUFFER, kafka.clientProperties(), READ_TIMEOUT, producer);
        this.ledgerStore = ledger;
        this.bufferStore = buffer;
        MailDesk desk = new MailDesk(settings, emailer, new MailLedger(ledger), new DigestBuffer(buffer),
                new DeadLetterWriter(producer, SERVICE), new MailMetrics(registry), clock);
        this.loop = new MailLoop(consumer, desk, new Backoff(settings.retryInitial(), settings.retryMax()), clock);
        this.clientMetrics = List.of(new KafkaClientMetrics(consumer), new KafkaClientMetrics(producer));
        clientMetrics.forEach(m -> m.bindTo(registry));
    }

    private static Properties consumerProperties(KafkaOptions kafka) {
        Properties props = kafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, MailerSettings.GROUP_ID);
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        // No static membership: with the consumer protocol a restarted member reusing the instance id of one that
        // crashed is refused (UNRELEASED_INSTANCE_ID) until the broker's session timeout frees it.
        return props;
    }

    private static Properties producerProperties(KafkaOptions kafka) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return props;
    }

    /** Ledger and digest buffer loaded and partitions assigned: from here on the mailer sends. */
    public boolean isReady() {
        return loop.isAssigned();
    }

    /** True if the loop ended by an error rather than by {@link #close()}. */
    public boolean hasFailed() {
        return failed;
    }

    @Override
    public void run() {
        try {
            loop.run();
        } catch (RuntimeException e) {
            failed = true;
            LOG.error("mailer: stopped by an error", e);
            throw e;
        } finally {
            closeClients();
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        loop.stop();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeClients() {
        clientMetrics.forEach(KafkaClientMetrics::close);
        try {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        } finally {
            producer.close(CLOSE_TIMEOUT);
            ledgerStore.close();
            bufferStore.close();
        }
    }
}
