package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.figures;
import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Casualty;
import org.junit.jupiter.api.Test;

class CasualtyExtractorTest {

    @Test
    void shouldTieAFigureToAKillingVerbBeforeIt() {
        assertThat(figures("An air strike killed at least 13 Palestinians and wounded 27, medics said."))
                .containsExactly("13 killed at_least", "27 injured exact");
    }

    @Test
    void shouldTieAFigureToACasualtyWordAfterIt() {
        assertThat(figures("Some 800 people were wounded and 40 soldiers confirmed dead; 3 journalists remain missing."))
                .containsExactly("800 injured about", "40 killed exact", "3 missing exact");
    }

    @Test
    void shouldReadDeathTollsAndTheirHedges() {
        assertThat(figures("The death toll in the attack on a market near two towns has risen to at least 112."))
                .containsExactly("112 killed at_least");
        assertThat(figures("Israel's death toll exceeds 1,400.")).containsExactly("1400 killed more_than");
    }

    @Test
    void shouldReadQualifiers() {
        assertThat(figures("More than 300 people died. Up to 12 were killed. Nearly 50 were hurt. No fewer than 9 died."))
                .containsExactly("300 killed more_than", "12 killed at_most", "50 injured about", "9 killed at_least");
    }

    @Test
    void shouldReadVagueNounsAsAFloor() {
        Casualty c = tag("Shelling killed dozens of people in the town.").casualties().get(0);

        assertThat(Tagging.figure(c)).isEqualTo("12 killed at_least");
        assertThat(c.vague()).isTrue();
    }

    @Test
    void shouldReadNumberWordsAndRanges() {
        assertThat(figures("Two hundred people were killed and between 20 and 30 were injured."))
                .containsExactly("200 killed exact", "20-30 injured exact");
    }

    @Test
    void shouldReadDisplacement() {
        assertThat(figures("With thousands forced to flee, another 5,000 were displaced."))
                .containsExactly("1000 displaced at_least", "5000 displaced exact");
    }

    @Test
    void shouldSplitBreakdownsIntoItems() {
        assertThat(figures("61 reporters confirmed dead: 54 Palestinian, 4 Israeli, and 3 Lebanese."))
                .containsExactly("61 killed exact", "54 killed exact", "4 killed exact", "3 killed exact");
        assertThat(figures("Clashes left 46 people, including six police officers, dead."))
                .containsExactly("46 killed exact", "6 killed exact");
    }

    @Test
    void shouldSplitAnIncludingClauseAfterATollAndReadQuotedFigures() {
        assertThat(figures("The death toll rises to 11,078, including 4,506 children, officials say."))
                .containsExactly("11078 killed exact", "4506 killed exact");
        assertThat(figures("Fighters say they killed 'dozens' of soldiers.")).containsExactly("12 killed at_least");
    }

    @Test
    void shouldAddTheNamedLeaderToTheOthers() {
        assertThat(figures("A senior commander and at least five others were killed in the raid."))
                .containsExactly("6 killed at_least");
    }

    @Test
    void shouldKeepTheBodysWordingOfAHeadlineFigure() {
        assertThat(figures("50 Killed In Mosul Blast\nMOSUL (Reuters) - More than 50 people were killed on Sunday."))
                .containsExactly("50 killed more_than");
        assertThat(figures("Dozens Dead In Car Bombs\nBAGHDAD (Reuters) - At least 40 people were killed on Sunday."))
                .containsExactly("40 killed at_least");
    }

    @Test
    void shouldGiveEachSourceItsOwnFigure() {
        var c = tag("Hamas officials said a commander and at least five others were killed. "
                + "Lebanese Security Services said six people were killed.").casualties();

        assertThat(c).extracting(Tagging::figure).containsExactly("6 killed at_least", "6 killed exact");
        assertThat(c).extracting(Casualty::attributedTo).containsExactly("Hamas officials", "Lebanese Security Services");
    }

    @Test
    void shouldNormaliseTheGazaHealthMinistryAndMarkRunningTotals() {
        Casualty c = tag("The territory's Health Ministry said the war has killed 40,005 people.").casualties().get(0);

        assertThat(c.attributedTo()).isEqualTo("Gaza Health Ministry");
        assertThat(c.cumulative()).isTrue();
    }

    @Test
    void shouldQuoteTheVerbatimSpanWithOriginalOffsets() {
        String text = "Sudan #39;s army said  killing 75 civilians was a lie.";
        Casualty c = tag(text).casualties().get(0);

        assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo("killing 75 civilians");
        assertThat(c.evidence().sentence()).isEqualTo(text);
    }
}
