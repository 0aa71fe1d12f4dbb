package io.newswire.core.event;

import java.time.Instant;

/**
 * The mail ledger (compacted topic {@code alerts.mail-ledger}, key: Message-ID): an e-mail that was handed to the
 * SMTP server. The mailer consults it before sending, so a restart sends nothing twice.
 */
public record MailRecord(String messageId, String alertId, String subscriber, Instant sentAt) implements Versioned {
}
