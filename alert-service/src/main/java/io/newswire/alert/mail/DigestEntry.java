package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import java.time.Instant;
import java.util.Locale;

/** An alert waiting in a subscriber's digest of one interval (topic alerts.digest-buffer, key: subscriber + alert). */
public record DigestEntry(String subscriber, Instant intervalStart, Instant intervalEnd, Alert alert) {

    static String key(String subscriber, String alertId) {
        return subscriber.toLowerCase(Locale.ROOT) + '\n' + alertId;
    }

    String key() {
        return key(subscriber, alert.alertId());
    }
}
