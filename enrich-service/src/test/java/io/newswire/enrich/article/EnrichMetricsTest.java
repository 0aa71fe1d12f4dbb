package io.newswire.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.Party;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.enrich.extract.ArticleExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void shouldCountAPageWithoutBodyAsAnEmptyExtractionByStatus() {
        enricher(Tags.NONE).enrich(item("<html><head><title>Index</title></head><body></body></html>"));

        assertThat(registry.get("newswire.articles.enriched").counter().count()).isEqualTo(1);
        assertThat(registry.find("newswire.extractions.empty").counters().stream()
                .mapToDouble(c -> c.count()).sum()).isEqualTo(1);
    }

    @Test
    void shouldNotCountAnItemWithoutPageAsAnEmptyExtraction() {
        enricher(Tags.NONE).enrich(item(null));

        assertThat(registry.find("newswire.extractions.empty").counters().stream()
                .mapToDouble(c -> c.count()).sum()).isZero();
    }

    @Test
    void shouldCountTagsByKind() {
        Tags tags = new Tags(new Talks(true, "resumed", "Doha", List.of("Qatar"), List.of()),
                List.of(casualty(), casualty()), List.of(new Party("Hamas", "armed_group", null, null)));

        enricher(tags).enrich(item(null));

        assertThat(registry.get("newswire.tags").tag("kind", "talks").counter().count()).isEqualTo(1);
        assertThat(registry.get("newswire.tags").tag("kind", "casualties").counter().count()).isEqualTo(2);
        assertThat(registry.get("newswire.tags").tag("kind", "parties").counter().count()).isEqualTo(1);
    }

    private ArticleEnricher enricher(Tags tags) {
        return new ArticleEnricher(new ArticleExtractor(), text -> tags, new EnrichMetrics(registry));
    }

    private static RawItem item(String html) {
        return new RawItem("id-1", "http://feeds.example/rss", "Example", "g-1", "http://feeds.example/a.html",
                "A title", "A summary.", Instant.EPOCH, Instant.EPOCH, html, html == null ? "CLIENT_ERROR" : "OK",
                "en");
    }

    private static Casualty casualty() {
        return new Casualty(40_000, null, "killed", "more_than", false, "Health Ministry", true, null);
    }
}
