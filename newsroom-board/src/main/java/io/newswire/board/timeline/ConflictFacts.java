package io.newswire.board.timeline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;

/**
 * The layout of the store {@code conflict-facts}: one entry per fact, keyed {@code <conflict>\0item:<itemId>} or
 * {@code <conflict>\0alert:<alertId>}, so that adding a fact writes one small value however long the conflict runs,
 * and a conflict's facts are one prefix scan. The records are partitioned by conflict id alone, so all of a
 * conflict's entries live in the partition {@code queryMetadataForKey(conflict)} names.
 */
public final class ConflictFacts {

    private static final char SEPARATOR = '\u0000';

    private ConflictFacts() {
    }

    public static String key(String conflict, ConflictFact fact) {
        return prefix(conflict) + (fact.article() != null ? "item:" + fact.article().itemId()
                : "alert:" + fact.alert().alertId());
    }

    /** The keys of one conflict's facts all start with this. */
    public static String prefix(String conflict) {
        return conflict + SEPARATOR;
    }

    /** Whether a new fact replaces the one held under its key: only a later version of an alert does. */
    static boolean replaces(ConflictFact fact, ConflictFact held) {
        return held == null || (fact.alert() != null && held.alert() != null
                && fact.alert().version() > held.alert().version());
    }

    /** Gathers the entries of a scan into one board per conflict, in key order. */
    public static List<ConflictBoard> boards(Iterator<KeyValue<String, ConflictFact>> entries) {
        Map<String, List<ConflictFact>> facts = new LinkedHashMap<>();
        while (entries.hasNext()) {
            KeyValue<String, ConflictFact> entry = entries.next();
            String conflict = entry.key.substring(0, entry.key.indexOf(SEPARATOR));
            facts.computeIfAbsent(conflict, c -> new ArrayList<>()).add(entry.value);
        }
        return facts.entrySet().stream().map(e -> ConflictBoard.of(e.getKey(), e.getValue())).toList();
    }
}
