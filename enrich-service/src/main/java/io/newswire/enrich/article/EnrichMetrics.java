package io.newswire.enrich.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.event.Tags;
import io.newswire.enrich.extract.Extraction;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The domain metrics of enrichment, in Prometheus as {@code newswire_articles_enriched_total},
 * {@code newswire_extractions_empty_total{status}} (pages that gave no body, so the article carries the feed's
 * summary: a rising share means a site changed its layout) and {@code newswire_tags_total{kind}} (talks events,
 * casualty figures and parties found).
 */
public final class EnrichMetrics {

    private final Counter enriched;
    private final Map<Extraction.Status, Counter> empty = new EnumMap<>(Extraction.Status.class);
    private final Counter talks;
    private final Counter casualties;
    private final Counter parties;

    public EnrichMetrics(MeterRegistry registry) {
        enriched = Counter.builder("newswire.articles.enriched").description("Raw items turned into articles")
                .register(registry);
        for (Extraction.Status status : Extraction.Status.values()) {
            empty.put(status, Counter.builder("newswire.extractions.empty")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Fetched pages whose extraction gave no body").register(registry));
        }
        talks = tags(registry, "talks");
        casualties = tags(registry, "casualties");
        parties = tags(registry, "parties");
    }

    /** Metrics that go nowhere, for an enricher run outside a service (commands, tests). */
    static EnrichMetrics discarded() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    private static Counter tags(MeterRegistry registry, String kind) {
        return Counter.builder("newswire.tags").tag("kind", kind)
                .description("Tags found in articles: talks events, casualty figures, parties").register(registry);
    }

    void enriched(Extraction page, Tags tags) {
        enriched.increment();
        if (page != null && page.body().isBlank()) {
            empty.get(page.status()).increment();
        }
        if (tags.talks().present()) {
            talks.increment();
        }
        casualties.increment(tags.casualties().size());
        parties.increment(tags.parties().size());
    }
}
