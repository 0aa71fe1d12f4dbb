package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void shouldNotSplitAfterAbbreviationsOrInitials() {
        List<Sentence> s = SentenceSplitter.split(
                "IDF spokesperson Brig. Gen. Daniel Hagari said the U.S. Senate met on Oct. 7 with T. N. Smith. Then it ended.");

        assertThat(s).extracting(Sentence::text).containsExactly(
                "IDF spokesperson Brig. Gen. Daniel Hagari said the U.S. Senate met on Oct. 7 with T. N. Smith.",
                "Then it ended.");
    }

    @Test
    void shouldTreatTheFirstLineOfAMultiLinePassageAsAHeadline() {
        List<Sentence> s = SentenceSplitter.split("46 Killed In Iraq\nBaghdad - More than 46 died. Police said so.");

        assertThat(s).extracting(Sentence::headline).containsExactly(true, false, false);
        assertThat(s.get(1).start()).isEqualTo(18);
    }

    @Test
    void shouldSplitAfterAClosingQuote() {
        assertThat(SentenceSplitter.split("He said \"no deal.\" Ahead of talks, they met."))
                .extracting(Sentence::text).containsExactly("He said \"no deal.\"", "Ahead of talks, they met.");
    }
}
