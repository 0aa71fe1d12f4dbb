package io.newswire.alert.develop;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Alerts raised by kind, and how long an item took from its discovery by ingest to its alert. */
public final class DevelopmentMetrics {

    private final Map<AlertKind, Counter> alerts = new EnumMap<>(AlertKind.class);
    private final Counter updates;
    private final Timer latency;

    public DevelopmentMetrics(MeterRegistry registry) {
        for (AlertKind kind : AlertKind.values()) {
            alerts.put(kind, Counter.builder("newswire.alerts").tag("kind", kind.wireName())
                    .description("New alerts (first versions) by kind").register(registry));
        }
        updates = Counter.builder("newswire.alert.updates")
                .description("Alert versions that only add a source").register(registry);
        latency = Timer.builder("newswire.alert.latency")
                .description("From the item's discovery by ingest to its alert")
                .publishPercentileHistogram().register(registry);
    }

    void published(Alert alert, Article article, Instant now) {
        if (alert.version() > 1) {
            updates.increment();
            return;
        }
        alerts.get(alert.kind()).increment();
        Instant discovered = article.discoveredAt() != null ? article.discoveredAt() : article.publishedAt();
        if (discovered != null && !discovered.isAfter(now)) {
            latency.record(Duration.between(discovered, now));
        }
    }
}
