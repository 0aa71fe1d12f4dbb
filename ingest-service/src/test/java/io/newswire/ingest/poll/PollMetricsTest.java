package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

/** The names operators find in /metrics, as docs/operations.md lists them. */
class PollMetricsTest {

    @Test
    void shouldExposeTheDocumentedPrometheusNames() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (PollWorkers workers = new PollWorkers(1)) {
            PollMetrics metrics = new PollMetrics(registry, workers);
            metrics.polled("NOT_MODIFIED");
            metrics.published(3);
            metrics.fetched("article", 1024);
            metrics.articleFetchFailed("TIMEOUT");

            assertThat(registry.scrape()).contains(
                    "newswire_polls_total{outcome=\"NOT_MODIFIED\"} 1.0",
                    "newswire_items_published_total 3.0",
                    "newswire_fetched_bytes_total{kind=\"article\"} 1024.0",
                    "newswire_article_fetch_failures_total{outcome=\"TIMEOUT\"} 1.0",
                    "newswire_polls_in_flight 0.0");
        }
    }
}
