package io.newswire.alert.mail;

import java.time.Duration;
import java.util.List;

/**
 * What the mailer needs besides Kafka and an {@link Emailer}: subscribers, the sender, the unsubscribe link (may be
 * null), the retry backoff while the SMTP server is unreachable, and an optional static group member id (a
 * restarted instance with the same id takes its partitions back at once instead of after the session timeout).
 */
public record MailerSettings(List<Subscriber> subscribers, String from, String unsubscribeUrl,
                             Duration retryInitial, Duration retryMax, String instanceId) {

    public static final String GROUP_ID = "newswire-alert-mailer";

    public MailerSettings {
        subscribers = List.copyOf(subscribers);
    }
}
