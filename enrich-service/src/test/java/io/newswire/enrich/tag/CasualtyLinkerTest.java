package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyLinkerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an aside between the counted noun and its predicate, and the breakdown inside it
        "Nine people - seven of them children - died when the shell hit the school.|9 killed exact;7 killed exact",
        "Twelve villagers (including four women) were killed at the checkpoint.|12 killed exact;4 killed exact",
        // a reporting verb between subject and predicate
        "Four soldiers were reported to be wounded in the clashes overnight.|4 injured exact",
        "Eleven miners are feared to have died after the militia attack.|11 killed exact",
        // a displacing verb and its object
        "The shelling sent thousands of villagers fleeing across the border.|1000 displaced at_least",
        "The offensive has driven millions from their homes since March.|1000000 displaced at_least",
        // a fraction of a million
        "More than a quarter of a million people have been killed in the war.|250000 killed more_than",
        "Half a million people have died in the fighting, monitors say.|500000 killed exact",
    })
    void shouldTieTheFigureThroughItsPhraseToThePredicate(String text, String expected) {
        assertThat(figures(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Forty gunmen killed the guards at the gate.",
        "Three officers were not hurt when the convoy was hit.",
    })
    void shouldNotCountTheAgentsOrTheUnharmed(String text) {
        assertThat(figures(text)).isEmpty();
    }
}
