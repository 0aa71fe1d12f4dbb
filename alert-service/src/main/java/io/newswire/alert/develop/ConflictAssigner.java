package io.newswire.alert.develop;

import io.newswire.core.event.Party;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which conflict an article is about, from the parties it names and the conflict places it names: each votes for
 * its conflict and the most votes win (ties: alphabetically first, so the answer is stable). Null when nothing
 * names a mapped party or place; such an article takes its story's conflict, or has none.
 */
public final class ConflictAssigner {

    private final ConflictMap parties;
    private final PlaceList places;

    public ConflictAssigner(ConflictMap parties, PlaceList places) {
        this.parties = parties;
        this.places = places;
    }

    public String conflictOf(List<Party> named, List<String> placesNamed) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        named.stream().map(parties::conflictOf).forEach(conflict -> vote(votes, conflict));
        placesNamed.stream().map(places::conflictOf).forEach(conflict -> vote(votes, conflict));
        return votes.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static void vote(Map<String, Integer> votes, String conflict) {
        if (conflict != null) {
            votes.merge(conflict, 1, Integer::sum);
        }
    }
}
