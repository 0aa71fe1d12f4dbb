package io.newswire.board.timeline;

import io.newswire.core.event.Alert;
import io.newswire.core.event.Development;
import java.time.Instant;
import java.util.List;

/**
 * One alert of a story at its latest version seen: a development as the alert topics announced it, with its typed
 * changes (a revision, a status change, …) and the figures it showed beside a casualty series.
 */
public record StoryAlert(String alertId, String storyId, String kind, int version, String headline,
                         List<String> changes, List<Development> developments, List<String> otherSources,
                         List<String> evidence, int sources, Instant firstSeen, Instant updatedAt) {

    public StoryAlert {
        changes = changes == null ? List.of() : List.copyOf(changes);
        developments = developments == null ? List.of() : List.copyOf(developments);
        otherSources = otherSources == null ? List.of() : List.copyOf(otherSources);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static StoryAlert of(Alert a) {
        return new StoryAlert(a.alertId(), a.storyId(), a.kind() == null ? null : a.kind().wireName(), a.version(),
                a.headline(), a.changes(), a.developments(), a.otherSources(), a.evidence(), a.sources().size(),
                a.firstSeen(), a.updatedAt());
    }
}
