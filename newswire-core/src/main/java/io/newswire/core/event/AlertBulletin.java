package io.newswire.core.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one article brought (topic {@code alerts.bulletins}, key: story id): one bulletin per article that
 * made at least one new alert, written in the same transaction as those alerts. {@code developments} are ordered
 * by {@link ChangeType#priority()}, most important first; {@code alerts} are the new alerts (first versions) the
 * article made, one per kind. An article that only adds its source to its story's alerts makes no bulletin.
 * {@code bulletinId} is a hash of the story, the item and its developments, so a replay gives the same id.
 */
public record AlertBulletin(String bulletinId, String itemId, String storyId, String conflict, String headline,
                            AlertSource source, List<Development> developments, List<Alert> alerts,
                            List<String> parties, Instant at) implements Versioned {

    public AlertBulletin {
        developments = developments == null ? List.of() : developments.stream()
                .sorted(Comparator.comparingInt(d -> d.type().priority())).toList();
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The most important development, which an e-mail's subject names; null only for an empty bulletin. */
    public Development top() {
        return developments.isEmpty() ? null : developments.get(0);
    }
}
