package io.newswire.board.timeline;

import io.newswire.core.event.Casualty;
import java.util.Locale;

/**
 * One casualty figure an article states. {@code source} is the canonical source the tagger attributed it to, or
 * null; {@code scope} keeps running totals apart from one incident's toll, which are never one series;
 * {@code start} is the figure's place in the article, which orders two figures of one report.
 */
public record Figure(String kind, String source, String scope, long count, Long countHigh, String qualifier,
                     String sentence, int start) {

    public static final String UNATTRIBUTED = "unattributed";

    /** Null for a figure no series can hold: vague ("dozens"), without a kind or without a positive count. */
    static Figure of(Casualty c) {
        if (c.vague() || c.kind() == null || c.kind().isBlank() || c.count() <= 0) {
            return null;
        }
        String source = c.attributedTo() == null || c.attributedTo().isBlank() ? UNATTRIBUTED
                : c.attributedTo().strip();
        String sentence = c.evidence() == null ? null : c.evidence().sentence();
        int start = c.evidence() == null ? 0 : c.evidence().start();
        return new Figure(c.kind().strip().toLowerCase(Locale.ROOT), source, c.cumulative() ? "total" : "incident",
                c.count(), c.countHigh(), c.qualifier(), sentence, start);
    }

    boolean sameSeries(Figure other) {
        return kind.equals(other.kind) && source.equalsIgnoreCase(other.source) && scope.equals(other.scope);
    }
}
