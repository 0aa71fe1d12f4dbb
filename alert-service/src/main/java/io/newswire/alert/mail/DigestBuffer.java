package io.newswire.alert.mail;

import io.newswire.core.event.DigestEntry;
import io.newswire.core.topic.Topics;
import io.newswire.core.event.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Alerts waiting for their subscriber's digest, kept in the compacted topic alerts.digest-buffer so that a crash
 * loses no digest. An alert joins the interval in which the mailer first routed it; an interval is due when it has
 * ended.
 */
final class DigestBuffer {

    private final CompactedTopicView<DigestEntry> view;
    private final Producer<String, byte[]> producer;

    DigestBuffer(CompactedTopicView<DigestEntry> view, Producer<String, byte[]> producer) {
        this.view = view;
        this.producer = producer;
    }

    /** The interval of {@code every} that holds {@code now}, aligned to the epoch. */
    static Instant intervalStart(Instant now, Duration every) {
        long length = every.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    void catchUp() {
        view.catchUp();
    }

    boolean contains(String subscriber, String alertId) {
        return view.contains(DigestEntry.key(subscriber, alertId));
    }

    void add(String subscriber, Alert alert, Instant now, Duration every) {
        Instant start = intervalStart(now, every);
        DigestEntry entry = new DigestEntry(subscriber, start, start.plus(every), alert);
        write(entry.key(), Topics.DIGEST_BUFFER.valueSerde().serializer()
                .serialize(Topics.DIGEST_BUFFER.name(), entry));
        view.apply(entry.key(), entry);
    }

    /** Ended intervals, oldest first, each with its alerts in the order they were first seen. */
    List<Digest> due(Instant now) {
        Map<List<Object>, List<DigestEntry>> byInterval = view.values().stream()
                .filter(e -> !e.intervalEnd().isAfter(now))
                .collect(Collectors.groupingBy(e -> List.of(e.subscriber(), e.intervalStart())));
        return byInterval.values().stream()
                .map(entries -> new Digest(entries.get(0).subscriber(), entries.get(0).intervalStart(),
                        entries.get(0).intervalEnd(), entries.stream().map(DigestEntry::alert)
                        .sorted(Comparator.comparing(Alert::firstSeen).thenComparing(Alert::alertId)).toList()))
                .sorted(Comparator.comparing(Digest::start).thenComparing(Digest::subscriber))
                .toList();
    }

    void remove(Digest digest) {
        for (Alert alert : digest.alerts()) {
            String key = DigestEntry.key(digest.subscriber(), alert.alertId());
            write(key, null);
            view.apply(key, null);
        }
    }

    private void write(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(Topics.DIGEST_BUFFER.name(), key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing the digest buffer", e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot write the digest buffer: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** One subscriber's alerts of one ended interval. */
    record Digest(String subscriber, Instant start, Instant end, List<Alert> alerts) {
    }
}
