package io.newswire.alert.develop;

/**
 * The last figure one source gave for one kind of casualty in one conflict. {@code scope} keeps running totals
 * ("has killed 40,005 since October") apart from figures of one incident ("a strike killed 12"), which are never
 * compared with each other.
 */
public record CasualtyFigure(String source, String kind, String scope, long count) {

    public boolean sameSeries(CasualtyFigure other) {
        return source.equalsIgnoreCase(other.source) && kind.equalsIgnoreCase(other.kind)
                && scope.equals(other.scope);
    }
}
