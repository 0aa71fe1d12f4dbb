package io.newswire.core.event;

import java.time.Instant;
import java.util.Locale;

/** An alert waiting in a subscriber's digest of one interval (topic alerts.digest-buffer, key: subscriber + alert). */
public record DigestEntry(String subscriber, Instant intervalStart, Instant intervalEnd, Alert alert) {

    public static String key(String subscriber, String alertId) {
        return subscriber.toLowerCase(Locale.ROOT) + '\n' + alertId;
    }

    public String key() {
        return key(subscriber, alert.alertId());
    }
}
