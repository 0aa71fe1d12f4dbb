package io.newswire.alert.mail;

import io.newswire.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer's consumer loop: polls alerts.bulletins, hands each record to the {@link MailDesk}, sends due digests and
 * commits what is done. An offset is committed only once every mail of its record is in the ledger or the digest
 * buffer. When the SMTP server cannot take mail, every partition of the batch is set back to its first unfinished
 * record and the loop waits with capped exponential backoff, polling with its partitions paused so that it stays in
 * the group; nothing later is mailed before what failed.
 */
final class MailLoop {

    private static final Logger LOG = LoggerFactory.getLogger(MailLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<String, byte[]> consumer;
    private final MailDesk desk;
    private final Backoff backoff;
    private final Clock clock;
    private volatile boolean stopping;
    private volatile boolean assigned;

    MailLoop(Consumer<String, byte[]> consumer, MailDesk desk, Backoff backoff, Clock clock) {
        this.consumer = consumer;
        this.desk = desk;
        this.backoff = backoff;
        this.clock = clock;
    }

    /** Runs until {@link #stop()}; an error ends it with an exception. */
    void run() {
        try {
            subscribe();
            while (!stopping) {
                step();
            }
        } catch (WakeupException e) {
            if (!stopping) {
                throw e;
            }
        } finally {
            assigned = false;
        }
    }

    /** Loads the ledger and the digest buffer, then joins the group. */
    void subscribe() {
        desk.catchUp();
        LOG.info("mailer: ledger holds {} mails", desk.mailsInLedger());
        consumer.subscribe(List.of(Topics.ALERTS_BULLETINS.name()), new CatchUpOnAssignment());
    }

    /** One poll: mail the batch and the due digests, commit what is done; on an SMTP outage rewind and wait. */
    void step() {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                desk.mail(record);
                done.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            desk.sendDueDigests();
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

    /** Ledger loaded and partitions assigned: from here on the loop mails. */
    boolean isAssigned() {
        return assigned && !stopping;
    }

    /** Ends {@link #run()} from another thread, interrupting a poll in progress. */
    void stop() {
        stopping = true;
        consumer.wakeup();
    }

    /** Sets every partition of the batch back to its first record not yet fully mailed. */
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
        while (!stopping && left.toMillis() > 0) {
            consumer.pause(consumer.assignment());
            ConsumerRecords<String, byte[]> arrived = consumer.poll(left.compareTo(POLL) < 0 ? left : POLL);
            for (TopicPartition partition : arrived.partitions()) {
                consumer.seek(partition, arrived.records(partition).get(0).offset());
            }
            left = Duration.between(clock.instant(), until);
        }
        consumer.resume(consumer.assignment());
    }

    /** Reads what another instance or an earlier life wrote before mailing anything of newly assigned partitions. */
    private final class CatchUpOnAssignment implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            desk.catchUp();
            assigned = true;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed after every batch; nothing is held back
        }
    }
}
