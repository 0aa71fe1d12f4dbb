package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quality floors over each development set as a whole (never per passage), scored as score_tags.py does. The
 * floors sit just under what the tagger reaches, so a change that loses quality on either set fails here; see
 * docs/benchmarks.md "Tagging" for the numbers and the targets.
 */
class GoldSetQualityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,     headline, talks, status, mediators, casualties, source, parties
        "dev.jsonl,  0.98,     0.98,  0.90,   0.95,      0.98,       0.90,   0.97",
        "dev2.jsonl, 0.91,     0.88,  0.80,   0.80,      0.95,       0.90,   0.89",
    })
    void shouldKeepTheQualityFloorsOnAWholeSet(String file, double headline, double talks, double status,
                                                double mediators, double casualties, double source, double parties)
            throws Exception {
        Optional<Path> gold = SharedData.find("data/tagging/" + file);
        assumeTrue(gold.isPresent(), "../shared/data/tagging/" + file + " is absent: quality floors not checked");

        TagScore.Result r = GoldScoring.score(ArticleTagger.withBundledGazetteer(), gold.get());

        assertThat(r.headline()).as("headline F1").isGreaterThanOrEqualTo(headline);
        assertThat(r.talks().f1()).as("talks F1").isGreaterThanOrEqualTo(talks);
        assertThat(r.statusAccuracy()).as("talks status accuracy").isGreaterThanOrEqualTo(status);
        assertThat(r.mediators().f1()).as("mediators F1").isGreaterThanOrEqualTo(mediators);
        assertThat(r.casualties().f1()).as("casualties F1").isGreaterThanOrEqualTo(casualties);
        assertThat(r.sourceAccuracy()).as("casualty source accuracy").isGreaterThanOrEqualTo(source);
        assertThat(r.parties().f1()).as("parties F1").isGreaterThanOrEqualTo(parties);
    }
}
