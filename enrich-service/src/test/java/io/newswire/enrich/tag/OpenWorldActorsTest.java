package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.parties;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenWorldActorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // every ISO country is a state
        "Russia accused Belgium of bombing the village.|Belgium",
        "Paraguay and Uruguay signed the accord on Monday.|Paraguay",
        // a person after an office title
        "Israel must act, said war cabinet minister Gadi Eisenkot.|Gadi Eisenkot",
        "Foreign Minister Ayman Safadi warned against an attack on Rafah.|Ayman Safadi",
        // a group introduced as such
        "A group calling itself the Islamic Army in Iraq said it killed the hostages.|Islamic Army in Iraq",
        "The bombing was claimed by a militia known as the Free Valley Brigade.|Free Valley Brigade",
    })
    void shouldFindActorsBeyondTheGazetteer(String text, String party) {
        assertThat(parties(text)).contains(party);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fighting spread to New Jersey Avenue in the capital.",
        "The army spokesman Avichay Adraee said the raid was over.",
    })
    void shouldNotTakeAPartOfALongerNameOrASpokesmanForAnActor(String text) {
        assertThat(parties(text)).doesNotContain("Jersey", "Avichay Adraee");
    }
}
