package io.newswire.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A new development in a story (topics {@code alerts.<kind>} and {@code alerts.all}, key: story id).
 * {@code alertId} names the development and stays the same when a copy of the story adds a source; then
 * {@code version} increases and {@code sources} grows. {@code changes} says what is new in words
 * ("Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry").
 */
public record Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                    List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                    Instant updatedAt) implements Versioned {

    public Alert {
        changes = changes == null ? List.of() : List.copyOf(changes);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
