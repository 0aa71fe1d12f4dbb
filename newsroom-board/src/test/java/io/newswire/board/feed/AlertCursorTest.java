package io.newswire.board.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlertCursorTest {

    @Test
    void shouldReadBackThePositionItWrites() {
        AlertCursor cursor = AlertCursor.START.past(2, 7).past(0, 11).past(2, 9);

        assertThat(cursor.toString()).isEqualTo("0:12,2:10");
        assertThat(AlertCursor.parse(cursor.toString())).isEqualTo(cursor);
    }

    @Test
    void shouldPlaceAlertsAtOrAfterThePositionAfterIt() {
        AlertCursor cursor = AlertCursor.parse("0:12,2:10");

        assertThat(cursor.isBefore(0, 12)).isTrue();
        assertThat(cursor.isBefore(0, 11)).isFalse();
        assertThat(cursor.isBefore(1, 0)).as("a partition not named is read from its start").isTrue();
        assertThat(cursor.past(0, 3)).as("an alert before the cursor does not move it").isEqualTo(cursor);
    }

    @Test
    void shouldTakeNoTextAsTheStart() {
        assertThat(AlertCursor.parse(null)).isEqualTo(AlertCursor.START);
        assertThat(AlertCursor.parse(" ")).isEqualTo(AlertCursor.START);
    }

    @Test
    void shouldRefuseAnythingButPartitionOffsetPairs() {
        for (String bad : new String[] {"12", "0:x", "-1:4", "0:-4", "0:1,0:2", "a:b", "0:1,",
                                        "0:99999999999999999999"}) {
            assertThatThrownBy(() -> AlertCursor.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AlertCursor.parse("0:1,".repeat(2_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }
}
