package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quality on the dev pages of ../shared/data/extraction, scored as its README says. */
class ExtractionQualityTest {

    @Test
    void shouldReachTheAcceptedQualityOnTheDevPages() throws IOException {
        Optional<Path> data = SharedData.find("data/extraction");
        assumeTrue(data.isPresent(), "../shared/data/extraction is absent: dev pages not available");
        JsonNode truth = new ObjectMapper().readTree(data.get().resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<ShingleMetric.DocScore> scores = new ArrayList<>();
        int newsletterNotInGold = 0;
        for (HtmlPages.Page page : HtmlPages.find(List.of(data.get().resolve("html")))) {
            String gold = truth.path(page.id()).path("articleBody").asText("");
            String body = extractor.apply(page.read());
            scores.add(ShingleMetric.score(gold, body));
            if (mentionsNewsletter(body) && !mentionsNewsletter(gold)) {
                newsletterNotInGold++;
            }
        }
        ShingleMetric.Summary summary = ShingleMetric.summarise(scores);

        assertThat(scores).hasSize(91);
        assertThat(summary.f1()).isGreaterThanOrEqualTo(0.975);
        assertThat(summary.precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(newsletterNotInGold).isLessThanOrEqualTo(2);
    }

    private static boolean mentionsNewsletter(String text) {
        return text.toLowerCase(Locale.ROOT).contains("newsletter");
    }
}
