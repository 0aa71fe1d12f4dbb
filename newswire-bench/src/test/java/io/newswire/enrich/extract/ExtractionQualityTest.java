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

/** Quality on the dev pages of ../shared/data/extraction and extraction2, scored as their READMEs say. */
class ExtractionQualityTest {

    /** The scores of one dev set and how many outputs mention a newsletter that the gold does not. */
    private record SetScore(int pages, ShingleMetric.Summary summary, int newsletterNotInGold) {
    }

    @Test
    void shouldReachTheAcceptedQualityOnTheFirstSetsDevPages() throws IOException {
        SetScore score = score("data/extraction");

        assertThat(score.pages()).isEqualTo(91);
        assertThat(score.summary().f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.summary().precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.newsletterNotInGold()).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldReachTheAcceptedQualityOnTheSecondSetsDevPages() throws IOException {
        SetScore score = score("data/extraction2");

        assertThat(score.pages()).isEqualTo(150);
        assertThat(score.summary().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.summary().precision()).isGreaterThanOrEqualTo(0.95);
    }

    private static SetScore score(String set) throws IOException {
        Optional<Path> data = SharedData.find(set);
        assumeTrue(data.isPresent(), "../shared/" + set + " is absent: dev pages not available");
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
        return new SetScore(scores.size(), ShingleMetric.summarise(scores), newsletterNotInGold);
    }

    private static boolean mentionsNewsletter(String text) {
        return text.toLowerCase(Locale.ROOT).contains("newsletter");
    }
}
