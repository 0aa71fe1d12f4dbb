package io.newswire.alert.develop;

/**
 * A figure one source gave for one kind of casualty in one conflict. {@code scope} keeps running totals
 * ({@code total}: "has killed 40,005 since October") apart from the figures of one incident
 * ({@code incident:<story id>}: "a strike killed 12"): a total is compared with the source's last total in the
 * conflict, an incident figure only within its own story, since two strikes are two series.
 */
public record CasualtyFigure(String source, String kind, String scope, long count) {

    public boolean sameSeries(CasualtyFigure other) {
        return source.equalsIgnoreCase(other.source) && sameMeasure(other);
    }

    /** The same kind of casualty over the same scope, whoever reports it. */
    public boolean sameMeasure(CasualtyFigure other) {
        return kind.equalsIgnoreCase(other.kind) && scope.equals(other.scope);
    }
}
