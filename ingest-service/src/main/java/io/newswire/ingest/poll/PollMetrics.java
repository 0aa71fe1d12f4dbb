package io.newswire.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The domain metrics of polling, in Prometheus as {@code newswire_polls_total{outcome}} (the share of
 * {@code NOT_MODIFIED} tells how well conditional GETs work), {@code newswire_items_published_total},
 * {@code newswire_fetched_bytes_total{kind}}, {@code newswire_article_fetch_failures_total{outcome}},
 * {@code newswire_polls_deferred_total} and {@code newswire_polls_in_flight}.
 */
public final class PollMetrics {

    private final MeterRegistry registry;

    public PollMetrics(MeterRegistry registry, PollWorkers workers) {
        this.registry = registry;
        Gauge.builder("newswire.polls.in.flight", workers, PollWorkers::inFlight)
                .description("Feed polls running on the worker pool")
                .register(registry);
    }

    void polled(String outcome) {
        Counter.builder("newswire.polls").tag("outcome", outcome)
                .description("Feed polls by outcome").register(registry).increment();
    }

    void deferred() {
        Counter.builder("newswire.polls.deferred")
                .description("Feed polls put off, nothing sent, as the host's politeness limits allowed no request")
                .register(registry).increment();
    }

    void published(int items) {
        Counter.builder("newswire.items.published").description("Items written to news.raw")
                .register(registry).increment(items);
    }

    void fetched(String kind, long bytes) {
        Counter.builder("newswire.fetched.bytes").tag("kind", kind)
                .description("Decoded body bytes read from feeds and article pages").register(registry)
                .increment(bytes);
    }

    void articleFetchFailed(String outcome) {
        Counter.builder("newswire.article.fetch.failures").tag("outcome", outcome)
                .description("Article pages that could not be fetched; their items carry only the summary")
                .register(registry).increment();
    }
}
