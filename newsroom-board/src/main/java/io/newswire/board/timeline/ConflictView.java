package io.newswire.board.timeline;

import io.newswire.board.timeline.ConflictBoard.StoryRef;
import java.time.Instant;
import java.util.List;

/**
 * A conflict's timeline as {@code /api/conflicts/{id}} gives it (schema {@code conflict.schema.json}): the talks
 * status over time, one casualty series per (kind, source, scope) with its revisions, the parties, the outlets,
 * the stories and the alerts.
 */
public record ConflictView(String id, Instant updatedAt, String talksStatus, List<TalksStep> talks,
                           List<CasualtySeries> casualties, List<String> parties, List<String> sources,
                           List<StoryRef> stories, List<StoryAlert> developments) {

    /** One report of the talks' status; {@code change} is false when it restates the status before it. */
    public record TalksStep(Instant at, String status, boolean change, String venue, List<String> mediators,
                            String storyId, String itemId, String outlet, String sentence) {
    }

    /**
     * One source's figures for one kind of casualty: {@code points} rise, each above the one before (a revision of
     * it, {@code revisionOf}); {@code others} are the figures reported later below the series' latest, shown beside
     * it and never a revision.
     */
    public record CasualtySeries(String kind, String source, String scope, List<CasualtyPoint> points,
                                 List<CasualtyReport> others) {
    }

    /** One figure of a series, first reported at {@code at}, with every report that gave it. */
    public record CasualtyPoint(Instant at, long count, Long countHigh, String qualifier, Long revisionOf,
                                List<CasualtyReport> reports) {
    }

    /** One article's statement of a figure. */
    public record CasualtyReport(Instant at, long count, String outlet, String itemId, String storyId,
                                 String sentence) {
    }
}
