package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's metric: \w+ tokens, 4-token shingles as a multiset, macro means, F1 of the means. */
class ShingleMetricTest {

    @Test
    void shouldTokeniseOnUnicodeWordCharactersLikePython() {
        assertThat(ShingleMetric.tokens("Ça va? 40,005 people—in São_Paulo, 한국어!"))
                .containsExactly("Ça", "va", "40", "005", "people", "in", "São_Paulo", "한국어");
    }

    @Test
    void shouldScoreAPerfectPredictionAsOne() {
        ShingleMetric.DocScore s = ShingleMetric.score("a b c d e f", "a b c d e f");

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void shouldCountDuplicatedTextAsFalsePositives() {
        ShingleMetric.DocScore s = ShingleMetric.score("a b c d", "a b c d a b c d");

        // 5 predicted shingles, one of them in the truth
        assertThat(s.precision()).isCloseTo(0.2, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void shouldLeaveEmptyPredictionsOutOfThePrecisionMeanButScoreTheirRecallZero() {
        ShingleMetric.DocScore empty = ShingleMetric.score("a b c d e", "");
        ShingleMetric.DocScore half = ShingleMetric.score("a b c d e", "a b c d x");
        ShingleMetric.Summary sum = ShingleMetric.summarise(List.of(empty, half));

        assertThat(empty.predicted()).isFalse();
        assertThat(sum.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(sum.recall()).isCloseTo(0.25, within(1e-9));
        assertThat(sum.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-9));
    }
}
