package io.newswire.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.enrich.extract.ArticleExtractor;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {

    private static final String LEDE = "Ceasefire talks resumed Thursday in Doha.";
    private static final String HISTORY = "Last month Hamas rejected further talks.";

    /** A tagger that reads the last status word it sees, as a passage tagger reports the latest state. */
    private static final Function<String, Tags> LATEST_STATUS = text -> {
        String status = text.lastIndexOf("rejected") > text.lastIndexOf("resumed") ? "rejected"
                : text.contains("resumed") ? "resumed" : null;
        return new Tags(new Talks(status != null, status, "Doha", List.of(), List.of()), List.of(), List.of());
    };

    private final ArticleEnricher enricher = new ArticleEnricher(new ArticleExtractor(), LATEST_STATUS);

    @Test
    void shouldTakeTheTalksStatusFromTheLedeNotFromTheBackground() {
        Article article = enricher.enrich(itemWithSummary("<p>" + LEDE + "</p><p>" + HISTORY + "</p>"));

        assertThat(article.tags().talks().status()).isEqualTo("resumed");
        assertThat(article.tags().talks().venue()).isEqualTo("Doha");
    }

    @Test
    void shouldLeaveAnArticleWithoutTalksAsTagged() {
        Article article = enricher.enrich(itemWithSummary("<p>Markets rallied on Monday.</p>"));

        assertThat(article.tags().talks().present()).isFalse();
    }

    private static RawItem itemWithSummary(String summary) {
        Instant t = Instant.parse("2024-08-15T12:00:00Z");
        return new RawItem("i1", "https://feeds.example/rss", "Example", null, "https://example.org/a", "Talks",
                summary, t, t, null, "timeout", "en");
    }
}
