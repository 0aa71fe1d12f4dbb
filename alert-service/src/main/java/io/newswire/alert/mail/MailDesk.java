package io.newswire.alert.mail;

import io.newswire.alert.mail.DigestBuffer.Digest;
import io.newswire.core.event.Alert;
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
 * The mailer's decisions for each record of alerts.all: which subscribers it concerns, whether the ledger says their
 * mail already went, whether it goes out at once or waits in the digest buffer, and what becomes a dead letter (a
 * record that cannot be read, a mail the server refuses for good). A send that fails for now throws
 * {@link SmtpUnavailable} after undoing its ledger entry, so the caller can try the whole record again later.
 */
final class MailDesk {

    private static final Logger LOG = LoggerFactory.getLogger(MailDesk.class);

    private final SubscriberFilter filter;
    private final AlertEmailRenderer renderer;
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
        this.renderer = new AlertEmailRenderer(settings.from(), settings.unsubscribeUrl());
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
        Alert alert;
        try {
            alert = Topics.ALERTS_ALL.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            deadLetters.write(utf8(record.key()), record.value(), e, sourceOf(record));
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
                deliver(renderer.render(alert, subscriber.address(), messageId), alert.alertId(), false,
                        sourceOf(record));
            }
        }
    }

    /**
     * Sends every digest whose interval has ended, then records each alert it carried under the alert's own
     * per-subscriber id, so that a later version of the alert finds it sent, and empties the interval.
     */
    void sendDueDigests() throws SmtpUnavailable {
        for (Digest digest : buffer.due(clock.instant())) {
            String messageId = messageIds.forDigest(digest.subscriber(), digest.start());
            if (!ledger.contains(messageId)) {
                deliver(renderer.renderDigest(digest.alerts(), digest.subscriber(), digest.start(), digest.end(),
                        messageId), null, true, null);
            }
            Instant now = clock.instant();
            for (Alert alert : digest.alerts()) {
                ledger.record(messageIds.forAlert(alert.alertId(), digest.subscriber()),
                        new MailRecord(messageId, alert.alertId(), digest.subscriber(), now));
            }
            buffer.remove(digest);
        }
    }

    private void deliver(Email email, String alertId, boolean isDigest, DeadLetters.Source source)
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
