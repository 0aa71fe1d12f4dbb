package io.newswire.alert.develop;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictAssignerTest {

    private final ConflictAssigner assigner = ConflictKnowledge.bundled().assigner();
    private final PlaceList places = PlaceList.bundled();

    private static Party party(String name) {
        return new Party(name, "state", null, null);
    }

    @Test
    void shouldPickTheConflictMostPartiesAndPlacesBelongTo() {
        assertThat(assigner.conflictOf(List.of(party("Qatar"), party("hamas"), party("Israel"), party("Hezbollah")),
                List.of())).isEqualTo("israel-gaza");
        assertThat(assigner.conflictOf(List.of(party("Israel"), party("Hezbollah")),
                places.placesIn("Air strikes hit Nabatieh and the southern suburbs of Beirut overnight.")))
                .isEqualTo("israel-lebanon");
    }

    @Test
    void shouldPlaceAReportThatNamesNoPartyByItsPlaces() {
        assertThat(assigner.conflictOf(List.of(),
                places.placesIn("The Health Ministry in Gaza said 41,020 people had been killed."))).isEqualTo("israel-gaza");
        assertThat(assigner.conflictOf(List.of(),
                places.placesIn("Shelling of a camp near El Fasher killed 31 people, medics said."))).isEqualTo("sudan");
    }

    @Test
    void shouldLeaveAnArticleWithoutMappedPartiesOrPlacesWithoutConflict() {
        assertThat(assigner.conflictOf(List.of(party("Qatar"), party("Egypt")),
                places.placesIn("Talks were held in Cairo and Doha."))).isNull();
    }
}
