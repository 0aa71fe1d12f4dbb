package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a modifier between the verb and its noun does not hide the cue
        "The militia announced a nationwide ceasefire on Friday.|declared",
        "Russia has brokered a cease-fire between the army and the rebels.|agreed",
        // a background frame (after, since, past perfect) yields to the latest state
        "Talks between the rebels and the government resumed after the truce collapsed.|resumed",
        "The rebels said the negotiations had collapsed, and the talks now struggle for survival.|stalled",
        // an aim states nothing; a truce set to take effect is agreed; the future schedules
        "Envoys urged efforts to reach a deal; the truce between the two armies was extended.|in_effect",
        "The truce agreed by both sides is expected to come into effect on Thursday.|agreed",
        "Government envoys will resume talks with the rebels next week.|scheduled",
        // a proposal frame makes an offer
        "The army said it was willing to extend the truce with the rebels.|proposed",
        // "ahead of" dates the talks; another state wins when one is stated
        "Rebel leaders held talks with AU mediators ahead of the next round of peace negotiations.|ongoing",
        "The militia rejected a government bid to split it ahead of peace talks with the rebels.|scheduled",
        // a time word between a verb and its complement
        "The rebels agreed yesterday to attend the peace talks in Abuja.|scheduled",
        // a regular inflection the statistical lemmatizer cuts wrongly ("stalled" as "stalle")
        "Talks on a ceasefire between the army and the rebels stalled in Doha on Tuesday.|stalled",
        "Negotiations over a truce with the militia have stalled, mediators said.|stalled",
        // a relative clause tells its noun's history; the main clause states the news
        "A truce between the army and the rebels that was mediated by Egypt collapsed on Sunday.|collapsed",
        "The peace deal, which had been brokered by Norway, broke down after a week of shelling.|collapsed",
    })
    void shouldGiveTheLatestStatedStatus(String text, String status) {
        assertThat(tag(text).talks().status()).isEqualTo(status);
    }

    @Test
    void shouldReadAHeadlineInTitleCaseLowerCased() {
        assertThat(tag("Fresh Shelling Shatters Fragile Truce In The North\nThe army blamed the rebels.").talks()
                .status()).isEqualTo("collapsed");
        assertThat(tag("Rebels Reject Truce Offer From Army\nThe army said it would keep fighting.").talks()
                .status()).isEqualTo("rejected");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The war cabinet discussed the truce with Hamas at length.",
        "Negotiators for Israel and Hamas were in Cairo on Monday to discuss the truce.",
    })
    void shouldGiveNoStatusWhenTheTextStatesNone(String text) {
        assertThat(tag(text).talks().present()).isTrue();
        assertThat(tag(text).talks().status()).isNull();
    }
}
