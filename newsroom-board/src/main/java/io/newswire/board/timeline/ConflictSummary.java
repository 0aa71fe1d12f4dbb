package io.newswire.board.timeline;

import java.time.Instant;

/** One line of {@code /api/conflicts}: a conflict with its latest talks status and how much the board holds. */
public record ConflictSummary(String id, Instant updatedAt, String talksStatus, int stories, int sources,
                              int developments) {
}
