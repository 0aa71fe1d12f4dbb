package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Acceptance 3 on the development set: headline F1 >= 0.92, and each tag family >= 0.88. */
class DevTaggingQualityTest {

    @Test
    void shouldReachTheAcceptanceScoresOnTheDevelopmentSet() throws Exception {
        Optional<Path> dev = SharedData.find("data/tagging/dev.jsonl");
        assumeTrue(dev.isPresent(), "../shared/data/tagging/dev.jsonl is absent: dev quality test skipped");

        TagScore.Result r = GoldScoring.score(ArticleTagger.withBundledGazetteer(), dev.get());

        assertThat(r.headline()).as("headline F1").isGreaterThanOrEqualTo(0.92);
        assertThat(r.talks().f1()).as("talks F1").isGreaterThanOrEqualTo(0.88);
        assertThat(r.casualties().f1()).as("casualties F1").isGreaterThanOrEqualTo(0.88);
        assertThat(r.parties().f1()).as("parties F1").isGreaterThanOrEqualTo(0.88);
    }
}
