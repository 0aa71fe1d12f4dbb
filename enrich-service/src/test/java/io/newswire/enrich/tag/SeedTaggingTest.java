package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 2: the seed article's eleven paragraphs, scored as ../shared/tools/score_tags.py scores them. */
class SeedTaggingTest {

    private static final ArticleTagger TAGGER = ArticleTagger.withBundledGazetteer();

    private static Path seed() {
        Optional<Path> seed = SharedData.find("data/tagging/seed.jsonl");
        assumeTrue(seed.isPresent(), "../shared/data/tagging/seed.jsonl is absent: seed scoring skipped");
        return seed.get();
    }

    @Test
    void shouldFindBothDeathTollsOfTheSeedArticleWithTheirSource() throws Exception {
        TagScore.Result r = GoldScoring.score(TAGGER, seed());

        assertThat(r.casualties().f1()).isEqualTo(1.0);
        assertThat(r.sourceAccuracy()).isEqualTo(1.0);
    }

    @Test
    void shouldTellTalksFromNoTalksAndFindDoha() throws Exception {
        TagScore.Result r = GoldScoring.score(TAGGER, seed());

        assertThat(r.talks().fp()).isZero();
        assertThat(r.talks().f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.venueRecall()).isEqualTo(1.0);
        assertThat(r.venuePrecision()).isEqualTo(1.0);
    }

    @Test
    void shouldNameTheSeedArticlesPartiesCanonically() throws Exception {
        TagScore.Result r = GoldScoring.score(TAGGER, seed());

        assertThat(r.parties().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void shouldScoreExactlyAsTheProjectScorerDoes(@TempDir Path tmp) throws Exception {
        Path gold = seed();
        Optional<Path> scorer = SharedData.find("tools/score_tags.py");
        assumeTrue(scorer.isPresent() && python3Runs(), "python3 or score_tags.py missing: cross-check skipped");
        for (String file : new String[] {"seed.jsonl", "dev.jsonl"}) {
            Path goldFile = gold.resolveSibling(file);
            Map<String, JsonNode> goldRows = TagScore.load(goldFile);
            Map<String, JsonNode> pred = GoldScoring.predict(TAGGER, goldRows);
            Path predFile = tmp.resolve(file);
            Files.write(predFile, pred.values().stream().map(JsonNode::toString).toList());

            Process p = new ProcessBuilder("python3", scorer.get().toString(), goldFile.toString(),
                    predFile.toString(), "--json").redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            JsonNode python = new ObjectMapper().readTree(p.getInputStream().readAllBytes());
            TagScore.Result java = TagScore.score(goldRows, pred);

            assertThat(java.headline()).isEqualTo(python.get("headline_f1").asDouble());
            assertThat(java.talks().f1()).isEqualTo(python.get("talks").get("f1").asDouble());
            assertThat(java.casualties().f1()).isEqualTo(python.get("casualties").get("f1").asDouble());
            assertThat(java.parties().f1()).isEqualTo(python.get("parties").get("f1").asDouble());
            assertThat(java.mediators().f1()).isEqualTo(python.get("mediators").get("f1").asDouble());
            assertThat(java.qualifierAccuracy()).isEqualTo(python.get("casualty_qualifier_accuracy").asDouble());
            assertThat(java.sourceAccuracy()).isEqualTo(python.get("casualty_source_accuracy").asDouble());
        }
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
