package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void shouldUndoAgNewsEntitiesAndKeepOriginalOffsets() {
        String original = "Darfur #39;s rebels said  quot;no quot; to\\talks";
        CleanText clean = TextCleaner.clean(original);

        assertThat(clean.text()).isEqualTo("Darfur's rebels said \"no\" to talks");
        int at = clean.text().indexOf("rebels");
        assertThat(clean.originalSpan(at, at + 6)).isEqualTo("rebels");
        assertThat(clean.originalSpan(0, 8)).isEqualTo("Darfur #39;s");
    }

    @Test
    void shouldBlankUrlsSoTheirWordsAreNotRead() {
        CleanText clean = TextCleaner.clean("LIVE: aje.io/r7rawx:=:https://x.com/gaza-truce-deal end");

        assertThat(clean.text()).doesNotContain("truce").endsWith("end");
    }

    @Test
    void shouldTurnCurlyQuotesStraight() {
        assertThat(TextCleaner.clean("Israel\u2019s \u201Cdeal\u201D").text()).isEqualTo("Israel's \"deal\"");
    }
}
