package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static List<Long> values(String s) {
        return NumberParser.find(s).stream().map(NumberMention::value).toList();
    }

    @Test
    void shouldReadDigitsWithAndWithoutThousandsSeparators() {
        assertThat(values("killed 40,005 people and 30000 more")).containsExactly(40005L, 30000L);
    }

    @Test
    void shouldReadDecimalsOnlyWithAMultiplier() {
        assertThat(values("1.5 million displaced, 2.5 percent")).containsExactly(1_500_000L);
    }

    @Test
    void shouldReadNumberWords() {
        assertThat(values("two hundred and fifty dead, forty-five hurt, Six US soldiers"))
                .containsExactly(250L, 45L, 6L);
        assertThat(values("two dozen dead")).containsExactly(24L);
    }

    @Test
    void shouldReadVagueQuantityNounsByTheAcledFloor() {
        List<NumberMention> found = NumberParser.find(
                "dozens killed, hundreds wounded, tens of thousands displaced, scores missing, a dozen dead");

        assertThat(found).extracting(NumberMention::value).containsExactly(12L, 100L, 10_000L, 20L, 12L);
        assertThat(found).extracting(NumberMention::vague).containsExactly(true, true, true, true, false);
    }

    @Test
    void shouldReadRanges() {
        List<NumberMention> found = NumberParser.find("between 20 and 30 died; 5-10 were hurt");

        assertThat(found).extracting(NumberMention::value).containsExactly(20L, 5L);
        assertThat(found).extracting(NumberMention::high).containsExactly(30L, 10L);
    }

    @Test
    void shouldNotReadOrdinalsOrBareMultipliers() {
        assertThat(values("on December 4th, with hundred percent")).isEmpty();
    }
}
