package io.newswire.alert.develop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceListTest {

    private final PlaceList places = PlaceList.bundled();

    @Test
    void shouldFindWholePlaceNamesLongestFirst() {
        assertThat(places.placesIn("Strikes on Gaza City and Khan Younis; the Gazan ministry, a Kharkivska road."))
                .containsExactly("Gaza City", "Khan Younis");
    }

    @Test
    void shouldTakeACityAndItsCountryAsOneVenueButTwoCitiesAsTwo() {
        assertThat(places.isKnownVenue(List.of("Qatar"), "Doha")).isTrue();
        assertThat(places.isKnownVenue(List.of("Doha"), "Qatar")).isTrue();
        assertThat(places.isKnownVenue(List.of("doha"), "Doha")).isTrue();
        assertThat(places.isKnownVenue(List.of("Egypt", "Cairo"), "Sharm el-Sheikh")).isFalse();
        assertThat(places.isKnownVenue(List.of("Qatar"), "Cairo")).isFalse();
        assertThat(places.isKnownVenue(List.of("Geneva"), "Camp David")).isFalse();
    }

    @Test
    void shouldTellTownsFromCountriesWhichMayBeQuoted() {
        assertThat(places.isPlace("Gaza")).isTrue();
        assertThat(places.isPlace("Doha")).isTrue();
        assertThat(places.isPlace("Qatar")).isFalse();
        assertThat(places.isPlace("Gaza Health Ministry")).isFalse();
    }

    @Test
    void shouldReadAReplacementList() {
        PlaceList custom = new PlaceList(Map.of("congo", List.of("Goma")), Map.of());

        assertThat(custom.conflictOf("goma")).isEqualTo("congo");
        assertThat(custom.placesIn("Fighting near Goma.")).containsExactly("Goma");
    }
}
