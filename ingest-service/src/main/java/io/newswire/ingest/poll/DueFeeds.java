package io.newswire.ingest.poll;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The feeds of one task by next poll time, earliest first; a feed is in it at most once. Not thread-safe. */
final class DueFeeds {

    private record Slot(Instant at, String url) {
    }

    private final TreeSet<Slot> byTime = new TreeSet<>(Comparator.comparing(Slot::at).thenComparing(Slot::url));
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
}
