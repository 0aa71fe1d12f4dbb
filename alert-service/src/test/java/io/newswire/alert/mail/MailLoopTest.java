package io.newswire.alert.mail;

import static io.newswire.alert.mail.TestBulletins.bulletin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.event.DigestEntry;
import io.newswire.core.event.MailRecord;
import io.newswire.core.topic.DeadLetterWriter;
import io.newswire.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class MailLoopTest {

    private static final String FROM = "alerts@newswire.local";
    private static final TopicPartition P0 = new TopicPartition(Topics.ALERTS_BULLETINS.name(), 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.ALERTS_BULLETINS.name(), 1);
    private static final List<Subscriber> SUBSCRIBERS = List.of(Subscriber.immediate("desk@example.org"),
            Subscriber.immediate("night@example.org"));

    private final LogConsumer consumer = new LogConsumer();
    private final InMemoryStore<MailRecord> ledger = new InMemoryStore<>();
    private final InMemoryStore<DigestEntry> buffer = new InMemoryStore<>();
    private final List<String> sent = new ArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final Emailer accepting = (email, commitPoint) -> {
        try {
            commitPoint.reached();
        } catch (Exception e) {
            throw new SendFailure("commit point failed", e, false, false);
        }
        sent.add(bulletinIdOf(email) + " " + email.to());
    };

    @Test
    void shouldCommitEveryPartitionUpToItsLastMailedBulletin() {
        MailLoop loop = assignedLoop(accepting);
        append(P0, "a1", "a2", "a3");
        append(P1, "b1");

        loop.step();

        assertThat(sent).containsExactlyInAnyOrder("a1 desk@example.org", "a1 night@example.org",
                "a2 desk@example.org", "a2 night@example.org", "a3 desk@example.org", "a3 night@example.org",
                "b1 desk@example.org", "b1 night@example.org");
        assertThat(consumer.committed(Set.of(P0, P1))).containsEntry(P0, new OffsetAndMetadata(3))
                .containsEntry(P1, new OffsetAndMetadata(1));
    }

    @Test
    void shouldRewindToTheFirstUnmailedBulletinAndMailNothingAfterItUntilTheServerIsBack() {
        AtomicInteger refusals = new AtomicInteger(2);
        Emailer downForA2 = (email, commitPoint) -> {
            if (bulletinIdOf(email).equals("a2") && refusals.getAndDecrement() > 0) {
                throw new SendFailure("connection refused", null, false, false);
            }
            accepting.send(email, commitPoint);
        };
        MailLoop loop = assignedLoop(downForA2);
        append(P0, "a1", "a2", "a3");

        loop.step();
        assertThat(sent).containsExactly("a1 desk@example.org", "a1 night@example.org");
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(1));
        assertThat(consumer.position(P0)).isEqualTo(1);
        assertThat(consumer.paused()).isEmpty();

        loop.step();
        assertThat(sent).hasSize(2);

        loop.step();
        assertThat(sent).containsExactly("a1 desk@example.org", "a1 night@example.org", "a2 desk@example.org",
                "a2 night@example.org", "a3 desk@example.org", "a3 night@example.org");
        assertThat(consumer.committed(Set.of(P0))).containsEntry(P0, new OffsetAndMetadata(3));
        assertThat(registry.counter("newswire.mail.retried").count()).isEqualTo(2);
    }

    @Test
    void shouldCommitNothingOfABatchWhoseFirstBulletinCannotBeMailed() {
        Emailer down = (email, commitPoint) -> {
            throw new SendFailure("connection refused", null, false, false);
        };
        MailLoop loop = assignedLoop(down);
        append(P0, "a1", "a2");

        loop.step();

        assertThat(consumer.commits()).isEmpty();
        assertThat(consumer.position(P0)).isZero();
    }

    @Test
    void shouldReadWhatAnotherInstanceMailedBeforeMailingNewlyAssignedPartitions() {
        MailLoop loop = new MailLoop(consumer, desk(accepting), new Backoff(Duration.ofMillis(1),
                Duration.ofMillis(4)), Clock.systemUTC());
        loop.subscribe();
        String messageId = new MessageIds(FROM).forBulletin("a1", "desk@example.org");
        ledger.restarted().put(messageId, new MailRecord(messageId, "a1", "desk@example.org", Instant.now()));
        append(P0, "a1");

        assign();
        loop.step();

        assertThat(loop.isAssigned()).isTrue();
        assertThat(sent).containsExactly("a1 night@example.org");
    }

    @Test
    void shouldEndTheLoopQuietlyWhenStopped() throws Exception {
        MailLoop loop = new MailLoop(consumer, desk(accepting), new Backoff(Duration.ofMillis(1),
                Duration.ofMillis(4)), Clock.systemUTC());
        List<Throwable> errors = new ArrayList<>();
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable e) {
                errors.add(e);
            }
        });
        consumer.schedulePollTask(this::assign);
        thread.start();
        await().atMost(Duration.ofSeconds(10)).until(loop::isAssigned);

        loop.stop();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(errors).isEmpty();
        assertThat(loop.isAssigned()).isFalse();
    }

    private MailLoop assignedLoop(Emailer emailer) {
        MailLoop loop = new MailLoop(consumer, desk(emailer), new Backoff(Duration.ofMillis(1),
                Duration.ofMillis(4)), Clock.systemUTC());
        loop.subscribe();
        assign();
        return loop;
    }

    private void assign() {
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.rebalance(List.of(P0, P1));
    }

    private MailDesk desk(Emailer emailer) {
        MailerSettings settings = new MailerSettings(SUBSCRIBERS, FROM, null, Duration.ofMillis(1),
                Duration.ofMillis(4));
        return new MailDesk(settings, emailer, new MailLedger(ledger), new DigestBuffer(buffer),
                new DeadLetterWriter(new MockProducer<>(true, null, new ByteArraySerializer(),
                        new ByteArraySerializer()), "alert-service"), new MailMetrics(registry), Clock.systemUTC());
    }

    private void append(TopicPartition partition, String... bulletinIds) {
        long offset = 0;
        for (String bulletinId : bulletinIds) {
            ConsumerRecord<String, byte[]> record = MailDeskTest.record(offset++, bulletin(bulletinId));
            consumer.append(new ConsumerRecord<>(partition.topic(), partition.partition(), record.offset(),
                    record.key(), record.value()));
        }
    }

    /** The bulletin a mail carries, found from its Message-ID. */
    private static String bulletinIdOf(Email email) {
        MessageIds ids = new MessageIds(FROM);
        return List.of("a1", "a2", "a3", "b1").stream()
                .filter(id -> ids.forBulletin(id, email.to()).equals(email.messageId())).findFirst().orElseThrow();
    }
}
