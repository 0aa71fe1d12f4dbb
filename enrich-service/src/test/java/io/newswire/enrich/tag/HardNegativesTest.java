package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.figures;
import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Acceptance 4: passages chosen as traps stay empty for the family they trap. */
class HardNegativesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Rangers Plan Peace Summit With Celtic\nThe Scottish Football Association will try to broker a peace deal between the two clubs.",
        "Hockey Labour Talks Collapse\nNHL owners and players broke off talks on Tuesday after rejecting each other's proposal.",
        "Union leaders said they were disappointed after pay talks with the parent firm over pensions ended.",
        "Shareholders backed the merger after weeks of talks between the two banks.",
        "Iran and the EU resumed negotiations over its nuclear programme in Vienna.",
        "Labour and the Prime Minister held coalition peace talks to form a new government.",
        "A young refugee talks about the war and how her family fled Gaza.",
        "The UN Security Council called for an immediate ceasefire in Gaza and the release of hostages.",
        "Airline and pilots sign truce after strike; profits are expected to recover.",
        "The foreign minister arrived in Moscow for talks with Lavrov on the war in Ukraine and energy prices.",
        "Hopes of a trade truce between Washington and Beijing lifted stock markets.",
    })
    void shouldNotTagTalksOnOtherSubjectsOrCallsForACeasefire(String text) {
        assertThat(tag(text).talks().present()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Senators vowed to kill the bill before the vote.",
        "The coalition asked Congress to kill copyright legislation.",
        "The army received $40,000,000 and 2,000 new rifles; 5,000 troops were deployed near the border.",
        "Militants fired 300 rockets and dozens of mortars at 12 towns.",
        "A 56-year-old man was killed in the attack on October 7, 2023, and his 3-year-old son was hurt.",
        "The strike came after 47 days of bombardment and a 24-hour pause.",
        "Hamas freed 13 hostages and Israel released 39 Palestinian prisoners; 19 journalists were arrested.",
        "About 240 people were taken captive and 150 detainees were handed over.",
        "Several people were killed and many were wounded in the blast.",
        "A top commander was killed in the strike, officials said.",
        "The resolution passed with 312 votes in favour, 131 against and 72 abstentions.",
    })
    void shouldNotTakeOtherNumbersOrFigurelessDeathsForCasualties(String text) {
        assertThat(figures(text)).isEmpty();
    }
}
