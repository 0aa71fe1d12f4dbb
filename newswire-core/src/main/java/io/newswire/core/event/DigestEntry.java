package io.newswire.core.event;

import java.time.Instant;
import java.util.Locale;

/**
 * An article's bulletin, as one subscriber follows it, waiting in that subscriber's digest of one interval (topic
 * alerts.digest-buffer, key: subscriber + bulletin id).
 */
public record DigestEntry(String subscriber, Instant intervalStart, Instant intervalEnd, AlertBulletin bulletin) {

    /** An entry of a mailer older than contract 1.2 holds an alert instead: readers skip it with a warning. */
    public DigestEntry {
        if (subscriber == null || bulletin == null) {
            throw new IllegalArgumentException("a digest entry needs a subscriber and a bulletin");
        }
    }

    public static String key(String subscriber, String bulletinId) {
        return subscriber.toLowerCase(Locale.ROOT) + '\n' + bulletinId;
    }

    public String key() {
        return key(subscriber, bulletin.bulletinId());
    }
}
