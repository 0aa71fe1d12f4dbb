package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediatorAgentsTest {

    private static List<String> mediators(String text) {
        return tag(text).talks().mediators();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // passive and active voice, a relative clause, a compound
        "A truce between the army and the rebels was brokered by Egypt and Qatar.|Egypt,Qatar",
        "A ceasefire that Turkey and Russia brokered in March has held in the north.|Turkey,Russia",
        "Norway and Switzerland have hosted negotiations between the government and the rebels.|Norway,Switzerland",
        "Over 40 people died since a Qatar-Egyptian brokered truce fell apart.|Qatar,Egypt",
        // descriptors between the names of a list
        "Kenya, fellow neighbour Ethiopia and rebel-backer Uganda have hosted negotiations with the rebels.|Kenya,Ethiopia,Uganda",
        // an infinitive controlled by the subject
        "UN envoy Staffan de Mistura has been working on a plan to broker local truces.|Staffan de Mistura,United Nations",
        // leading a meeting of the process
        "Peace talks headed by the African Union began between Sudan and the rebels.|African Union",
        // holders of the role
        "Qatar's role as mediator kept the truce talks between Israel and Hamas alive.|Qatar",
        "Talks resumed as mediator Egypt pressed both sides on the truce.|Egypt",
    })
    void shouldNameTheAgentsOfMediation(String text, String expected) {
        assertThat(mediators(text)).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The rebels would not accept to have Russia mediate any negotiations with the regime.",
        "The militia refused to let Qatar mediate the truce talks with the army.",
    })
    void shouldNameNoMediatorForARefusedOffer(String text) {
        assertThat(mediators(text)).isEmpty();
    }
}
