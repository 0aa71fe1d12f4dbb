package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.parties;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyTaggerTest {

    @Test
    void shouldListOfficialsWithTheirStateAndCanonicalNames() {
        assertThat(parties("Syrian President Bashar Assad met U.N. Secretary-General Guterres."))
                .containsExactlyInAnyOrder("Syria", "Bashar al-Assad", "António Guterres", "United Nations");
    }

    @Test
    void shouldFoldInstitutionsAndArmedWingsIntoTheirParent() {
        assertThat(parties("The Mossad and the Kremlin blamed the Qassam Brigades.")).containsExactly(
                "Israel", "Russia", "Hamas");
    }

    @Test
    void shouldSkipPureLocativesAndDatelines() {
        assertThat(parties("DAMASCUS, Syria - Rockets fell in Israel and across northern Iraq.")).isEmpty();
    }

    @Test
    void shouldReadNationalityAdjectivesOnlyBeforeAnActorNoun() {
        assertThat(parties("Israeli hostages and Palestinian prisoners were freed as Egyptian mediators watched."))
                .containsExactly("Egypt");
    }

    @Test
    void shouldSkipDescriptorsAndSourcesThatOnlyReport() {
        assertThat(parties("The Hamas-run ministry and UN estimates differ, State Department spokesman John Doe said."))
                .isEmpty();
        assertThat(parties("UNRWA says 100 of its staff have been killed.")).isEmpty();
    }

    @Test
    void shouldReadCapitalsOnlyAsMetonyms() {
        assertThat(parties("Doha said the deal holds, while rebels accused Khartoum of attacks in Damascus."))
                .containsExactly("Qatar", "Sudan");
    }

    @Test
    void shouldNotReadAPersonQuotedThroughASpokesman() {
        assertThat(parties("A spokesman for Netanyahu said the heads of Shin Bet would attend.")).containsExactly("Israel");
    }

    @Test
    void shouldNotTakeAStateNameInsideAnotherName() {
        assertThat(parties("Acting secretary Chad Wolf flew Qatar Airways.")).isEmpty();
    }

    @Test
    void shouldNotListAStateThatOnlyPlacesAGroupOrAPlace() {
        assertThat(parties("Lebanon's Hezbollah fired at trucks near Egypt's Rafah crossing, Qatar's emir said."))
                .containsExactly("Hezbollah", "Qatar");
    }

    @Test
    void shouldNotListCountriesThatAreSportsTeams() {
        assertThat(parties("Argentina beat Chile 3-1 in the Davis Cup opener as Spain advanced.")).isEmpty();
        assertThat(parties("Children in Gaza play soccer as Israel and Hamas fight the war.")).contains("Israel", "Hamas");
    }

    @Test
    void shouldCopeWithApostrophesStrippedBySources() {
        assertThat(parties("Syrias army shelled rebel positions.")).containsExactly("Syria");
    }

    @Test
    void shouldSkipHashtagsThatOnlyLabelAPost() {
        assertThat(parties("Watch the latest from the front. #Hezbollah #Lebanon #US")).isEmpty();
        assertThat(parties("Israeli jets struck the camp overnight #Hamas #Gaza")).containsExactly("Israel");
    }

    @Test
    void shouldSkipNamesGivenOnlyAsTheSourceOfAFigure() {
        assertThat(parties("Nearly 7 million people are displaced, according to the UN.")).isEmpty();
        assertThat(parties("According to Turkey, the camp holds 3,000 families.")).isEmpty();
    }

    @Test
    void shouldSkipAStateThatOnlyLocatesAnotherPlace() {
        assertThat(parties("A car bomb exploded in a neighbourhood of Damascus, Syria, on Sunday.")).isEmpty();
        assertThat(parties("Fighting flared again in Nyala, Sudan, as families hid indoors.")).isEmpty();
        assertThat(parties("Peace returned slowly to the Darfur region of Sudan.")).isEmpty();
        assertThat(parties("Refugees said they would cross to Chad before the rains.")).isEmpty();
    }

    @Test
    void shouldSkipAnInternationalBodyNamedAsAVenueOrPosting() {
        assertThat(parties("Lawyers for the families argued their case at the International Court of Justice."))
                .isEmpty();
        assertThat(parties("The Israeli ambassador to the UN spoke again.")).containsExactly("Israel");
    }

    @Test
    void shouldSkipAStateThatABorderingPlaceOnlyLocates() {
        assertThat(parties("The strikes hit a village bordering Turkey.")).isEmpty();
        assertThat(parties("Idlib province, which borders Turkey, is crowded with tents.")).isEmpty();
    }

    @Test
    void shouldNameAKnownPersonOnceWhenATitledNameHoldsTheirAlias() {
        assertThat(parties("Turkish President Tayyip Erdogan met the delegation."))
                .containsExactlyInAnyOrder("Recep Tayyip Erdogan", "Turkey");
    }
}
