package io.newswire.alert.mail;

import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.DigestEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bulletins waiting for their subscriber's digest, kept in the compacted topic alerts.digest-buffer so that a crash
 * loses no digest. A bulletin joins the interval in which the mailer first routed it; an interval is due when it
 * has ended.
 */
final class DigestBuffer {

    private final CompactedStore<DigestEntry> store;

    DigestBuffer(CompactedStore<DigestEntry> store) {
        this.store = store;
    }

    /** The interval of {@code every} that holds {@code now}, aligned to the epoch. */
    static Instant intervalStart(Instant now, Duration every) {
        long length = every.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    void catchUp() {
        store.catchUp();
    }

    boolean contains(String subscriber, String bulletinId) {
        return store.contains(DigestEntry.key(subscriber, bulletinId));
    }

    void add(String subscriber, AlertBulletin bulletin, Instant now, Duration every) {
        Instant start = intervalStart(now, every);
        DigestEntry entry = new DigestEntry(subscriber, start, start.plus(every), bulletin);
        store.put(entry.key(), entry);
    }

    /** Ended intervals, oldest first, each with its bulletins in the order of their articles. */
    List<Digest> due(Instant now) {
        Map<List<Object>, List<DigestEntry>> byInterval = store.values().stream()
                .filter(e -> !e.intervalEnd().isAfter(now))
                .collect(Collectors.groupingBy(e -> List.of(e.subscriber(), e.intervalStart())));
        return byInterval.values().stream()
                .map(entries -> new Digest(entries.get(0).subscriber(), entries.get(0).intervalStart(),
                        entries.get(0).intervalEnd(), entries.stream().map(DigestEntry::bulletin)
                        .sorted(Comparator.comparing(AlertBulletin::at).thenComparing(AlertBulletin::bulletinId))
                        .toList()))
                .sorted(Comparator.comparing(Digest::start).thenComparing(Digest::subscriber))
                .toList();
    }

    void remove(Digest digest) {
        for (AlertBulletin bulletin : digest.bulletins()) {
            store.remove(DigestEntry.key(digest.subscriber(), bulletin.bulletinId()));
        }
    }

    /** One subscriber's bulletins of one ended interval. */
    record Digest(String subscriber, Instant start, Instant end, List<AlertBulletin> bulletins) {
    }
}
