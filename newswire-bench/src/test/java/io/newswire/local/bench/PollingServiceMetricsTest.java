package io.newswire.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollingServiceMetricsTest {

    private static final String SCRAPE = """
            # HELP newswire_polls_total Feed polls by outcome
            # TYPE newswire_polls_total counter
            newswire_polls_total{outcome="NOT_MODIFIED",service="ingest-service"} 120.0
            newswire_polls_total{outcome="OK",service="ingest-service"} 30.0
            newswire_polls_in_flight{service="ingest-service"} 7.0
            newswire_items_published_total{service="ingest-service"} 45.0
            newswire_polls_totally_other{outcome="OK"} 99.0
            """;

    @Test
    void shouldReadPollsByOutcomeAndItemsFromThePrometheusText() {
        PollingServiceMetrics metrics = PollingServiceMetrics.parse(SCRAPE);

        assertThat(metrics.pollsByOutcome()).containsOnlyKeys("NOT_MODIFIED", "OK");
        assertThat(metrics.polls()).isEqualTo(150.0);
        assertThat(metrics.itemsPublished()).isEqualTo(45.0);
        assertThat(metrics.pollsInFlight()).isEqualTo(7.0);
    }

    @Test
    void shouldSubtractAnEarlierScrape() {
        PollingServiceMetrics earlier = PollingServiceMetrics.parse(SCRAPE);
        PollingServiceMetrics later = PollingServiceMetrics.parse(SCRAPE.replace("} 120.0", "} 170.0"));

        assertThat(later.since(earlier).polls()).isEqualTo(50.0);
        assertThat(later.since(earlier).itemsPublished()).isZero();
    }
}
