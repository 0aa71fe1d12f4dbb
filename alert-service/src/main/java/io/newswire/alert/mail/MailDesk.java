package io.newswire.alert.mail;

import io.newswire.alert.mail.DigestBuffer.Digest;
import io.newswire.alert.mail.SubscriberFilter.Recipient;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.MailRecord;
import io.newswire.core.topic.DeadLetterWriter;
import io.newswire.core.topic.DeadLetters;
import io.newswire.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer's decisions for each record of alerts.bulletins (one per article that brought new developments): which
 * subscribers it concerns, whether the ledger says their mail already went, whether it goes out at once or waits in
 * the digest buffer, and what becomes a dead letter (a record that cannot be read, a mail the server refuses for
 * good). A send that fails for now throws {@link SmtpUnavailable} after undoing its ledger entry, so the caller can
 * try the whole record again later.
 */
final class MailDesk {

    private static final Logger LOG = LoggerFactory.getLogger(MailDesk.class);

    private final SubscriberFilter filter;
    private final BulletinEmailRenderer renderer;
    private final MessageIds messageIds;
    private final Emailer emailer;
    private final MailLedger ledger;
    private final DigestBuffer buffer;
    private final DeadLetterWriter deadLetters;
    private final MailMetrics metrics;
    private final Clock clock;

    MailDesk(MailerSettings settings, Emailer emailer, MailLedger ledger, DigestBuffer buffer,
             DeadLetterWriter deadLetters, MailMetrics metrics, Clock clock) {
        this.filter = new SubscriberFilter(settings.subscribers());
        this.renderer = new BulletinEmailRenderer(settings.from(), settings.unsubscribeUrl());
        this.messageIds = new MessageIds(settings.from());
        this.emailer = emailer;
        this.ledger = ledger;
        this.buffer = buffer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Reads what another instance or an earlier life of this one wrote to the ledger and the digest buffer. */
    void catchUp() {
        ledger.catchUp();
        buffer.catchUp();
    }

    int mailsInLedger() {
        return ledger.size();
    }

    void mail(ConsumerRecord<String, byte[]> record) throws SmtpUnavailable {
        if (record.value() == null) {
            return;
        }
        AlertBulletin bulletin;
        try {
            bulletin = Topics.ALERTS_BULLETINS.valueSerde().deserializer().deserialize(record.topic(),
                    record.value());
        } catch (RuntimeException e) {
            deadLetters.write(utf8(record.key()), record.value(), e, sourceOf(record));
            return;
        }
        for (Recipient recipient : filter.recipients(bulletin)) {
            String address = recipient.subscriber().address();
            String messageId = messageIds.forBulletin(bulletin.bulletinId(), address);
            if (ledger.contains(messageId)) {
                metrics.alreadySent();
            } else if (recipient.subscriber().wantsDigest()) {
                if (!buffer.contains(address, bulletin.bulletinId())) {
                    buffer.add(address, recipient.bulletin(), clock.instant(), recipient.subscriber().digestEvery());
                }
            } else {
                deliver(renderer.render(recipient.bulletin(), address, messageId), bulletin.bulletinId(), false,
                        sourceOf(record));
            }
        }
    }

    /**
     * Sends every digest whose interval has ended, then records each bulletin it carried under the bulletin's own
     * per-subscriber id, so that reading the bulletin again finds it sent, and empties the interval.
     */
    void sendDueDigests() throws SmtpUnavailable {
        for (Digest digest : buffer.due(clock.instant())) {
            String messageId = messageIds.forDigest(digest.subscriber(), digest.start());
            if (!ledger.contains(messageId)) {
                deliver(renderer.renderDigest(digest.bulletins(), digest.subscriber(), digest.start(), digest.end(),
                        messageId), null, true, null);
            }
            Instant now = clock.instant();
            for (AlertBulletin bulletin : digest.bulletins()) {
                ledger.record(messageIds.forBulletin(bulletin.bulletinId(), digest.subscriber()),
                        new MailRecord(messageId, bulletin.bulletinId(), digest.subscriber(), now));
            }
            buffer.remove(digest);
        }
    }

    /** {@code carried}: the bulletin the mail carries, recorded with it in the ledger (null for a digest). */
    private void deliver(Email email, String carried, boolean isDigest, DeadLetters.Source source)
            throws SmtpUnavailable {
        try {
            emailer.send(email, () -> ledger.record(email.messageId(),
                    new MailRecord(email.messageId(), carried, email.to(), clock.instant())));
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
            deadLetters.write(utf8(email.to()), utf8(email.text()), failure, source);
        }
    }

    private static DeadLetters.Source sourceOf(ConsumerRecord<?, ?> record) {
        return new DeadLetters.Source(record.topic(), record.partition(), record.offset());
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
