package io.newswire.ingest.poll;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The feeds of one task by next poll time, earliest first; a feed is in it at most once. Not thread-safe. Feeds due
 * at the same moment (all of them, at start-up) come in the order of their URLs' hashes, not alphabetically: the
 * feeds of one host sort together, and polled in that order they would queue at the host one after the other.
 */
final class DueFeeds {

    private record Slot(Instant at, String url) {
    }

    private final TreeSet<Slot> byTime = new TreeSet<>(Comparator.comparing(Slot::at)
            .thenComparingInt((Slot slot) -> scattered(slot.url())).thenComparing(Slot::url));
    private final Map<String, Instant> byUrl = new HashMap<>();

    /** A null time (a state record written without one) means now. */
    void schedule(String url, Instant at) {
        remove(url);
        Instant when = at == null ? Instant.EPOCH : at;
        byUrl.put(url, when);
        byTime.add(new Slot(when, url));
    }

    void remove(String url) {
        Instant at = byUrl.remove(url);
        if (at != null) {
            byTime.remove(new Slot(at, url));
        }
    }

    /** The feed due first if it is due at {@code now}; it stays scheduled until removed. */
    Optional<String> firstDue(Instant now) {
        return byTime.isEmpty() || byTime.first().at().isAfter(now)
                ? Optional.empty()
                : Optional.of(byTime.first().url());
    }

    int size() {
        return byUrl.size();
    }

    /** The URL's hash with its bits mixed (MurmurHash3's finalizer): URLs that share a prefix land far apart. */
    private static int scattered(String url) {
        int h = url.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
