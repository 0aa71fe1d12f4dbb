package io.newswire.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A new development in a story (topics {@code alerts.<kind>} and {@code alerts.all}, key: story id).
 * {@code alertId} names the development and stays the same when a copy of the story adds a source; then
 * {@code version} increases and {@code sources} grows. {@code changes} says what is new in words
 * ("Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry"). {@code parties} are the canonical names of
 * the parties the story names, so that subscribers can follow a party whatever the kind of development.
 */
public record Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                    List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                    Instant updatedAt, List<String> parties) implements Versioned {

    public Alert {
        parties = parties == null ? List.of() : List.copyOf(parties);
        changes = changes == null ? List.of() : List.copyOf(changes);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An alert without the story's parties (the first version of the contract). */
    public Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                 List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                 Instant updatedAt) {
        this(alertId, storyId, conflict, kind, version, headline, changes, evidence, sources, firstSeen, updatedAt,
                List.of());
    }
}
