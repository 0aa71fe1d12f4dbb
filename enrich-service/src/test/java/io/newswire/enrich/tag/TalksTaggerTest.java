package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Talks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TalksTaggerTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Rebel delegates will meet government envoys on Monday for peace talks.|scheduled",
        "Mediators said negotiations between the two sides were under way.|ongoing",
        "The army said it was ready to resume peace talks without conditions.|proposed",
        "Peace talks between the rebels and the government resumed after a boycott.|resumed",
        "The talks are deadlocked over prisoner releases, a negotiator said.|stalled",
        "The two sides reached a ceasefire deal late on Tuesday.|agreed",
        "The militia declared a unilateral ceasefire for the holiday.|declared",
        "The truce was extended by two days as both sides accused each other of violations.|in_effect",
        "Fresh shelling shattered the fragile truce on Sunday.|collapsed",
        "The rebels rejected the mediators' latest proposal for a truce.|rejected",
    })
    void shouldGiveTheLatestStatusTheTextStates(String text, String status) {
        Talks t = tag(text).talks();

        assertThat(t.present()).isTrue();
        assertThat(t.status()).isEqualTo(status);
        assertThat(t.evidence()).isNotEmpty();
    }

    @Test
    void shouldFindTheVenueButNotTheDateline() {
        assertThat(tag("CAIRO (Reuters) - Talks on a truce began in the Qatari capital Doha on Sunday.").talks().venue())
                .isEqualTo("Doha");
        assertThat(tag("KHARTOUM (Reuters) - Sudan resumed talks with rebels on Thursday.").talks().venue()).isNull();
        assertThat(tag("Officials said the Doha talks would go on.").talks().venue()).isEqualTo("Doha");
        assertThat(tag("The envoy travels to Cairo for talks with Hamas.").talks().venue()).isEqualTo("Cairo");
        assertThat(tag("Blair and Ahern will host talks with Sinn Fein at Leeds Castle.").talks().venue())
                .isEqualTo("Leeds Castle");
    }

    @Test
    void shouldNameMediatorsButNotTheSides() {
        assertThat(tag("The truce, mediated by Qatar, Egypt and the US, held overnight.").talks().mediators())
                .containsExactly("Qatar", "Egypt", "United States");
        assertThat(tag("US, Qatari and Egyptian mediators invited Israel and Hamas for negotiations.").talks().mediators())
                .containsExactly("United States", "Qatar", "Egypt");
        assertThat(tag("Hamas responded to an Israeli proposal for a truce with Israel.").talks().mediators()).isEmpty();
        assertThat(tag("Egypt is pushing for a truce between Israel and Hamas.").talks().mediators())
                .containsExactly("Egypt");
    }

    @Test
    void shouldListEveryMediatorAsAParty() {
        assertThat(Tagging.parties("A Norwegian-brokered truce in Sri Lanka was holding.")).containsExactly("Norway");
        assertThat(Tagging.parties("The deal was brokered by Norway.")).contains("Norway");
    }
}
