package io.newswire.alert.mail;

import java.time.Duration;
import java.util.List;

/**
 * What the mailer needs besides Kafka and an {@link Emailer}: subscribers, the sender, the unsubscribe link (may be
 * null) and the retry backoff while the SMTP server is unreachable.
 */
public record MailerSettings(List<Subscriber> subscribers, String from, String unsubscribeUrl,
                             Duration retryInitial, Duration retryMax) {

    public static final String GROUP_ID = "newswire-alert-mailer";

    public MailerSettings {
        subscribers = List.copyOf(subscribers);
    }
}
