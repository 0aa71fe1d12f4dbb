package io.newswire.core.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A new development in a story (topics {@code alerts.<kind>} and {@code alerts.all}, key: story id).
 * {@code alertId} names the development and stays the same when another article of the story adds a source; then
 * {@code version} increases and {@code sources} grows. {@code changes} says what is new in words
 * ("Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry"); {@code developments} are the same changes
 * with their {@link ChangeType}. A figure nobody was quoted for says so ("12 killed, no source given"); a place is
 * never named as a source. {@code otherSources} are the conflict's figures of the same kind from other sources, and
 * lower figures of the same source, shown beside the series ("UN human rights office: 38,000 killed") but never
 * reported as a revision. {@code parties} are the canonical names of the parties the story names, so that
 * subscribers can follow a party whatever the kind of development.
 */
public record Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                    List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                    Instant updatedAt, List<String> parties, List<Development> developments,
                    List<String> otherSources) implements Versioned {

    public Alert {
        parties = parties == null ? List.of() : List.copyOf(parties);
        changes = changes == null ? List.of() : List.copyOf(changes);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        sources = sources == null ? List.of() : List.copyOf(sources);
        developments = developments == null ? List.of() : List.copyOf(developments);
        otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
    }

    /** An alert without typed developments or other sources (as written before they were added). */
    public Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                 List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                 Instant updatedAt, List<String> parties) {
        this(alertId, storyId, conflict, kind, version, headline, changes, evidence, sources, firstSeen, updatedAt,
                parties, List.of(), List.of());
    }

    /** An alert without the story's parties (the first version of the contract). */
    public Alert(String alertId, String storyId, String conflict, AlertKind kind, int version, String headline,
                 List<String> changes, List<String> evidence, List<AlertSource> sources, Instant firstSeen,
                 Instant updatedAt) {
        this(alertId, storyId, conflict, kind, version, headline, changes, evidence, sources, firstSeen, updatedAt,
                List.of());
    }

    /** The next version: the same development, carried by one more article. */
    public Alert withSource(AlertSource source, Instant at) {
        List<AlertSource> more = new ArrayList<>(sources);
        more.add(source);
        return new Alert(alertId, storyId, conflict, kind, version + 1, headline, changes, evidence, more, firstSeen,
                at, parties, developments, otherSources);
    }
}
