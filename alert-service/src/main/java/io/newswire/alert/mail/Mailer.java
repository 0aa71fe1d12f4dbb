package io.newswire.alert.mail;

import io.newswire.core.event.DigestEntry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswire.alert.mail.DigestBuffer.Digest;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.Alert;
import io.newswire.core.event.MailRecord;
import io.newswire.core.topic.DeadLetterHeaders;
import io.newswire.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads alerts.all and e-mails each alert once to each subscriber it concerns, at once or in a digest.
 *
 * <p>Exactly once per alert and subscriber rests on three things. The mail ledger is read to its end before any
 * mail goes out and consulted before every send, with a Message-ID that is a function of alert and subscriber.
 * The ledger entry is written at the SMTP commit point (see {@link SmtpEmailer}), so a crash never leaves a sent
 * mail unrecorded. And an alert's offset is committed only once all its mails are in the ledger or the digest
 * buffer: when the SMTP server is down the mailer rewinds to the first unfinished alert and waits with capped
 * exponential backoff, never skipping ahead. Meant to run as one instance: the digest buffer is not partitioned
 * among instances.
 */
public final class Mailer implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final String SERVICE = "alert-service";

    private final MailerSettings settings;
    private final Emailer emailer;
    private final Clock clock;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final CompactedTopicView<MailRecord> ledgerView;
    private final CompactedTopicView<DigestEntry> bufferView;
    private final MailLedger ledger;
    private final DigestBuffer buffer;
    private final SubscriberFilter filter;
    private final AlertEmailRenderer renderer;
    private final MessageIds messageIds;
    private final Backoff backoff;
    private final MailMetrics metrics;
    private final List<KafkaClientMetrics> clientMetrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean assigned;
    private volatile boolean failed;

    public Mailer(KafkaOptions kafka, MailerSettings settings, Emailer emailer, MeterRegistry registry, Clock clock) {
        this.settings = settings;
        this.emailer = emailer;
        this.clock = clock;
        this.consumer = new KafkaConsumer<>(consumerProperties(kafka), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(producerProperties(kafka), new StringSerializer(),
                new ByteArraySerializer());
        this.ledgerView = new CompactedTopicView<>(Topics.MAIL_LEDGER, kafka.clientProperties());
        this.bufferView = new CompactedTopicView<>(Topics.DIGEST_BUFFER, kafka.clientProperties());
        this.ledger = new MailLedger(ledgerView, producer);
        this.buffer = new DigestBuffer(bufferView, producer);
        this.filter = new SubscriberFilter(settings.subscribers());
        this.renderer = new AlertEmailRenderer(settings.from(), settings.unsubscribeUrl());
        this.messageIds = new MessageIds(settings.from());
        this.backoff = new Backoff(settings.retryInitial(), settings.retryMax());
        this.metrics = new MailMetrics(registry);
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
        return assigned && !closing;
    }

    /** True if the loop ended by an error rather than by {@link #close()}. */
    public boolean hasFailed() {
        return failed;
    }

    @Override
    public void run() {
        try {
            ledger.catchUp();
            buffer.catchUp();
            LOG.info("mailer: ledger holds {} mails; {} subscribers", ledger.size(), settings.subscribers().size());
            consumer.subscribe(List.of(Topics.ALERTS_ALL.name()), new CatchUpOnAssignment());
            while (!closing) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                try {
                    for (ConsumerRecord<String, byte[]> record : records) {
                        mail(record);
                        done.put(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1));
                    }
                    sendDueDigests();
                    backoff.succeeded();
                    // The position also steps over transaction markers, so a caught-up group shows no lag.
                    consumer.assignment().forEach(p -> done.put(p, new OffsetAndMetadata(consumer.position(p))));
                } catch (SmtpUnavailable e) {
                    rewind(records, done);
                    Duration wait = backoff.failed();
                    LOG.warn("mailer: SMTP unavailable ({}); retrying in {} ms", e.getMessage(), wait.toMillis());
                    waitOut(wait);
                } finally {
                    if (!done.isEmpty()) {
                        consumer.commitSync(done);
                    }
                }
            }
        } catch (WakeupException e) {
            if (!closing) {
                failed = true;
                throw e;
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.error("mailer: stopped by an error", e);
            throw e;
        } finally {
            assigned = false;
            closeClients();
            stopped.countDown();
        }
    }

    private void mail(ConsumerRecord<String, byte[]> record) throws SmtpUnavailable {
        if (record.value() == null) {
            return;
        }
        Alert alert;
        try {
            alert = Topics.ALERTS_ALL.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record.key(), record.value(), e.getMessage(), e, record);
            return;
        }
        for (Subscriber subscriber : filter.recipients(alert)) {
            String messageId = messageIds.forAlert(alert.alertId(), subscriber.address());
            if (ledger.contains(messageId)) {
                metrics.alreadySent();
            } else if (subscriber.wantsDigest()) {
                if (!buffer.contains(subscriber.address(), alert.alertId())) {
                    buffer.add(subscriber.address(), alert, clock.instant(), subscriber.digestEvery());
                }
            } else {
                Email email = renderer.render(alert, subscriber.address(), messageId);
                deliver(email, alert.alertId(), false, record);
            }
        }
    }

    private void sendDueDigests() throws SmtpUnavailable {
        for (Digest digest : buffer.due(clock.instant())) {
            String messageId = messageIds.forDigest(digest.subscriber(), digest.start());
            if (!ledger.contains(messageId)) {
                Email email = renderer.renderDigest(digest.alerts(), digest.subscriber(), digest.start(),
                        digest.end(), messageId);
                deliver(email, null, true, null);
            }
            Instant now = clock.instant();
            for (Alert alert : digest.alerts()) {
                ledger.record(messageIds.forAlert(alert.alertId(), digest.subscriber()),
                        new MailRecord(messageId, alert.alertId(), digest.subscriber(), now));
            }
            buffer.remove(digest);
        }
    }

    private void deliver(Email email, String alertId, boolean isDigest, ConsumerRecord<String, byte[]> source)
            throws SmtpUnavailable {
        try {
            emailer.send(email, () -> ledger.record(email.messageId(),
                    new MailRecord(email.messageId(), alertId, email.to(), clock.instant())));
            metrics.sent(isDigest);
        } catch (SendFailure failure) {
            if (failure.pastCommitPoint()) {
                ledger.retract(email.messageId());
            }
            if (!failure.permanent()) {
                metrics.retried();
                throw new SmtpUnavailable(failure.getMessage());
            }
            metrics.failed();
            LOG.error("mailer: {} refused for good: {}", email.messageId(), failure.getMessage());
            deadLetter(email.to(), email.text().getBytes(StandardCharsets.UTF_8), failure.getMessage(), failure,
                    source);
        }
    }

    /** Sets every partition of the batch back to its first alert not yet fully mailed. */
    private void rewind(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata finished = done.get(partition);
            consumer.seek(partition, finished != null ? finished.offset()
                    : records.records(partition).get(0).offset());
        }
    }

    /** Waits while staying in the group; records of partitions assigned meanwhile are put back, not lost. */
    private void waitOut(Duration wait) {
        Instant until = clock.instant().plus(wait);
        Duration left = wait;
        while (!closing && left.toMillis() > 0) {
            consumer.pause(consumer.assignment());
            ConsumerRecords<String, byte[]> arrived = consumer.poll(left.compareTo(POLL) < 0 ? left : POLL);
            for (TopicPartition partition : arrived.partitions()) {
                consumer.seek(partition, arrived.records(partition).get(0).offset());
            }
            left = Duration.between(clock.instant(), until);
        }
        consumer.resume(consumer.assignment());
    }

    private void deadLetter(String key, byte[] value, String error, Exception cause,
                            ConsumerRecord<String, byte[]> source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.ERROR, utf8(String.valueOf(error)));
        headers.add(DeadLetterHeaders.ERROR_CLASS, utf8(cause.getClass().getName()));
        headers.add(DeadLetterHeaders.SERVICE, utf8(SERVICE));
        if (source != null) {
            headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()));
            headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
            headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        }
        try {
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, key, value, headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write a dead letter: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
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
            ledgerView.close();
            bufferView.close();
        }
    }

    /** Reads what another instance or an earlier life wrote before mailing anything of newly assigned partitions. */
    private final class CatchUpOnAssignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            ledger.catchUp();
            buffer.catchUp();
            assigned = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed after every batch; nothing is held back
        }
    }

    /** The SMTP server cannot take mail now; the alert is retried later. */
    private static final class SmtpUnavailable extends Exception {
        SmtpUnavailable(String message) {
            super(message);
        }
    }
}
