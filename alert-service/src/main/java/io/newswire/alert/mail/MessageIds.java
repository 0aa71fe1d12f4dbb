package io.newswire.alert.mail;

import io.newswire.alert.develop.AlertIds;
import java.time.Instant;
import java.util.Locale;

/**
 * Deterministic Message-IDs: the same bulletin and subscriber, or the same digest interval and subscriber, always
 * give the same id, so the ledger can tell whether that mail went out and mail clients can discard a repeat.
 */
public final class MessageIds {

    private final String domain;

    public MessageIds(String fromAddress) {
        int at = fromAddress.lastIndexOf('@');
        this.domain = at < 0 ? "newswire.local" : fromAddress.substring(at + 1).strip();
    }

    public String forBulletin(String bulletinId, String subscriber) {
        return id("bulletin", bulletinId, subscriber);
    }

    public String forDigest(String subscriber, Instant intervalStart) {
        return id("digest", Long.toString(intervalStart.toEpochMilli()), subscriber);
    }

    private String id(String kind, String subject, String subscriber) {
        String hash = AlertIds.sha256Hex(kind + '\n' + subject + '\n' + subscriber.toLowerCase(Locale.ROOT));
        return "<" + kind + "." + hash.substring(0, 32) + "@" + domain + ">";
    }
}
