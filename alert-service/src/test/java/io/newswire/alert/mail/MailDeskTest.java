package io.newswire.alert.mail;

import static io.newswire.alert.mail.TestBulletins.bulletin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.DigestEntry;
import io.newswire.core.event.MailRecord;
import io.newswire.core.time.ManualClock;
import io.newswire.core.topic.DeadLetterHeaders;
import io.newswire.core.topic.DeadLetterWriter;
import io.newswire.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class MailDeskTest {

    private static final String FROM = "alerts@newswire.local";
    private static final MessageIds IDS = new MessageIds(FROM);
    private static final Subscriber DESK = Subscriber.immediate("desk@example.org");
    private static final Subscriber NIGHT = Subscriber.immediate("night@example.org");
    private static final Subscriber DIGEST = new Subscriber("digest@example.org", Set.of(), List.of(), List.of(),
            Duration.ofMinutes(30));

    private final ManualClock clock = new ManualClock(Instant.parse("2024-08-15T10:05:00Z"));
    private final InMemoryStore<MailRecord> ledger = new InMemoryStore<>();
    private final InMemoryStore<DigestEntry> buffer = new InMemoryStore<>();
    private final List<Email> sent = new ArrayList<>();
    private final MockProducer<byte[], byte[]> deadLetters = new MockProducer<>(true, null,
            new ByteArraySerializer(), new ByteArraySerializer());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** A server that takes every mail, and checks that its ledger entry was durable before the end of data. */
    private final Emailer accepting = (email, commitPoint) -> {
        reach(commitPoint);
        assertThat(ledger.topic()).containsKey(email.messageId());
        sent.add(email);
    };

    @Test
    void shouldMailEverySubscriberTheBulletinConcernsWithTheLedgerEntryWrittenAtTheCommitPoint() throws Exception {
        Subscriber ukraine = new Subscriber("ua@example.org", Set.of(), List.of(), List.of("russia-ukraine"), null);
        MailDesk desk = desk(accepting, DESK, ukraine, NIGHT);

        desk.mail(record(0, bulletin("b1")));

        assertThat(sent).extracting(Email::to).containsExactly("desk@example.org", "night@example.org");
        assertThat(sent).extracting(Email::messageId).containsExactly(IDS.forBulletin("b1", "desk@example.org"),
                IDS.forBulletin("b1", "night@example.org"));
        assertThat(ledger.topic().get(IDS.forBulletin("b1", "desk@example.org")))
                .extracting(MailRecord::alertId, MailRecord::subscriber).containsExactly("b1", "desk@example.org");
    }

    @Test
    void shouldSendNothingTheLedgerHoldsWhenABulletinIsReadAgainAfterARestart() throws Exception {
        desk(accepting, DESK).mail(record(0, bulletin("b1")));

        MailDesk restarted = restartedDesk(accepting, DESK);
        restarted.mail(record(0, bulletin("b1")));

        assertThat(sent).hasSize(1);
        assertThat(registry.counter("newswire.mail.already.sent").count()).isEqualTo(1);
    }

    @Test
    void shouldNotMailAgainAfterACrashPastTheCommitPoint() throws Exception {
        Emailer crashing = (email, commitPoint) -> {
            reach(commitPoint);
            throw new Crash();
        };
        assertThatThrownBy(() -> desk(crashing, DESK).mail(record(0, bulletin("b1")))).isInstanceOf(Crash.class);

        restartedDesk(accepting, DESK).mail(record(0, bulletin("b1")));

        assertThat(sent).isEmpty();
    }

    @Test
    void shouldMailAgainAfterACrashBeforeTheCommitPoint() throws Exception {
        Emailer crashing = (email, commitPoint) -> {
            throw new Crash();
        };
        assertThatThrownBy(() -> desk(crashing, DESK).mail(record(0, bulletin("b1")))).isInstanceOf(Crash.class);

        restartedDesk(accepting, DESK).mail(record(0, bulletin("b1")));

        assertThat(sent).extracting(Email::to).containsExactly("desk@example.org");
    }

    @Test
    void shouldReportTheOutageAndTakeTheLedgerEntryBackWhenTheServerFailsAfterTheCommitPoint() throws Exception {
        Emailer replyLost = (email, commitPoint) -> {
            reach(commitPoint);
            throw new SendFailure("reply lost", null, false, true);
        };
        MailDesk failing = desk(replyLost, DESK);

        assertThatThrownBy(() -> failing.mail(record(0, bulletin("b1")))).isInstanceOf(SmtpUnavailable.class);
        assertThat(ledger.topic()).isEmpty();
        assertThat(registry.counter("newswire.mail.retried").count()).isEqualTo(1);

        desk(accepting, DESK).mail(record(0, bulletin("b1")));
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldReportTheOutageWithoutTouchingTheLedgerWhenTheServerCannotBeReached() {
        Emailer refused = (email, commitPoint) -> {
            throw new SendFailure("connection refused", null, false, false);
        };

        assertThatThrownBy(() -> desk(refused, DESK).mail(record(0, bulletin("b1"))))
                .isInstanceOf(SmtpUnavailable.class);
        assertThat(ledger.writes()).isZero();
    }

    @Test
    void shouldDeadLetterAMailTheServerRefusesForGoodAndMailTheOtherSubscribers() throws Exception {
        Emailer refusesDesk = (email, commitPoint) -> {
            if (email.to().equals(DESK.address())) {
                reach(commitPoint);
                throw new SendFailure("550 no such user", null, true, true);
            }
            accepting.send(email, commitPoint);
        };
        ConsumerRecord<String, byte[]> record = record(7, bulletin("b1"));

        desk(refusesDesk, DESK, NIGHT).mail(record);

        assertThat(sent).extracting(Email::to).containsExactly("night@example.org");
        assertThat(deadLetters.history()).singleElement().satisfies(letter -> {
            assertThat(utf8(letter.key())).isEqualTo("desk@example.org");
            assertThat(utf8(letter.value())).contains("What changed:");
            assertThat(header(letter, DeadLetterHeaders.ERROR)).isEqualTo("550 no such user");
            assertThat(header(letter, DeadLetterHeaders.SERVICE)).isEqualTo("alert-service");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("7");
        });
        assertThat(ledger.topic()).doesNotContainKey(IDS.forBulletin("b1", "desk@example.org"));
        assertThat(registry.counter("newswire.mail.failed").count()).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterARecordThatIsNotABulletinAndMailNothing() throws Exception {
        ConsumerRecord<String, byte[]> poison = new ConsumerRecord<>(Topics.ALERTS_BULLETINS.name(), 0, 3, "story-1",
                "{not json".getBytes(StandardCharsets.UTF_8));

        desk(accepting, DESK).mail(poison);

        assertThat(sent).isEmpty();
        assertThat(deadLetters.history()).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
            assertThat(utf8(letter.key())).isEqualTo("story-1");
            assertThat(utf8(letter.value())).isEqualTo("{not json");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.ALERTS_BULLETINS.name());
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("3");
        });
    }

    @Test
    void shouldHoldADigestSubscribersBulletinsUntilTheIntervalEndsAndThenSendThemInOneMail() throws Exception {
        MailDesk desk = desk(accepting, DIGEST, DESK);
        desk.mail(record(0, bulletin("b1")));
        desk.mail(record(1, bulletin("b2")));
        desk.sendDueDigests();
        assertThat(sent).extracting(Email::to).containsOnly("desk@example.org");

        clock.advance(Duration.ofMinutes(25));
        desk.sendDueDigests();

        List<Email> digests = sent.stream().filter(e -> e.to().equals(DIGEST.address())).toList();
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.messageId()).isEqualTo(IDS.forDigest(DIGEST.address(),
                    Instant.parse("2024-08-15T10:00:00Z")));
            assertThat(digest.text().split("What changed:", -1)).hasSize(3);
        });
        assertThat(buffer.topic()).isEmpty();
        assertThat(ledger.topic().get(IDS.forBulletin("b2", DIGEST.address())).messageId())
                .isEqualTo(digests.get(0).messageId());
    }

    @Test
    void shouldNotBufferABulletinAgainOnceItsDigestWentOut() throws Exception {
        MailDesk desk = desk(accepting, DIGEST);
        desk.mail(record(0, bulletin("b1")));
        clock.advance(Duration.ofMinutes(30));
        desk.sendDueDigests();

        desk.mail(record(0, bulletin("b1")));
        clock.advance(Duration.ofMinutes(30));
        desk.sendDueDigests();

        assertThat(sent).hasSize(1);
        assertThat(buffer.topic()).isEmpty();
    }

    @Test
    void shouldNotSendADigestAgainWhenACrashCameAfterItsCommitPoint() throws Exception {
        Emailer crashing = (email, commitPoint) -> {
            reach(commitPoint);
            throw new Crash();
        };
        MailDesk first = desk(crashing, DIGEST);
        first.mail(record(0, bulletin("b1")));
        clock.advance(Duration.ofMinutes(30));
        assertThatThrownBy(first::sendDueDigests).isInstanceOf(Crash.class);

        MailDesk restarted = restartedDesk(accepting, DIGEST);
        restarted.sendDueDigests();

        assertThat(sent).isEmpty();
        assertThat(buffer.topic()).isEmpty();
        assertThat(ledger.topic()).containsKey(IDS.forBulletin("b1", DIGEST.address()));
    }

    @Test
    void shouldKeepADigestInTheBufferWhileTheServerIsDown() throws Exception {
        Emailer down = (email, commitPoint) -> {
            throw new SendFailure("connection refused", null, false, false);
        };
        desk(accepting, DIGEST).mail(record(0, bulletin("b1")));
        clock.advance(Duration.ofMinutes(30));

        assertThatThrownBy(() -> desk(down, DIGEST).sendDueDigests()).isInstanceOf(SmtpUnavailable.class);
        assertThat(buffer.topic()).hasSize(1);

        desk(accepting, DIGEST).sendDueDigests();
        assertThat(sent).hasSize(1);
        assertThat(buffer.topic()).isEmpty();
    }

    private MailDesk desk(Emailer emailer, Subscriber... subscribers) {
        return desk(emailer, ledger, buffer, subscribers);
    }

    /** A desk of a new process: same topics, its own view of them, loaded before the first record. */
    private MailDesk restartedDesk(Emailer emailer, Subscriber... subscribers) {
        MailDesk desk = desk(emailer, ledger.restarted(), buffer.restarted(), subscribers);
        desk.catchUp();
        return desk;
    }

    private MailDesk desk(Emailer emailer, InMemoryStore<MailRecord> ledger, InMemoryStore<DigestEntry> buffer,
                          Subscriber... subscribers) {
        MailerSettings settings = new MailerSettings(List.of(subscribers), FROM, null, Duration.ofSeconds(1),
                Duration.ofSeconds(8));
        return new MailDesk(settings, emailer, new MailLedger(ledger), new DigestBuffer(buffer),
                new DeadLetterWriter(deadLetters, "alert-service"), new MailMetrics(registry), clock);
    }

    static ConsumerRecord<String, byte[]> record(long offset, AlertBulletin bulletin) {
        return new ConsumerRecord<>(Topics.ALERTS_BULLETINS.name(), 0, offset, bulletin.storyId(),
                Topics.ALERTS_BULLETINS.valueSerde().serializer().serialize(Topics.ALERTS_BULLETINS.name(), bulletin));
    }

    private static void reach(Emailer.CommitPoint commitPoint) throws SendFailure {
        try {
            commitPoint.reached();
        } catch (Exception e) {
            throw new SendFailure("commit point failed", e, false, false);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return utf8(record.headers().lastHeader(name).value());
    }

    /** The process dying in the middle of a send. */
    private static final class Crash extends RuntimeException {
    }
}
