package io.newswire.alert.develop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.event.Party;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictMapTest {

    @Test
    void shouldUseAPersonsAffiliation() {
        ConflictMap map = new ConflictMap(Map.of("russia-ukraine", List.of("Ukraine")));

        assertThat(map.conflictOf(new Party("Andriy Yermak", "person", "Ukraine", null))).isEqualTo("russia-ukraine");
    }

    @Test
    void shouldLeaveAMediatorOfManyWarsUnmapped() {
        assertThat(ConflictMap.bundled().conflictOf(new Party("Qatar", "state", null, null))).isNull();
    }

    @Test
    void shouldRefuseAPartyMappedToTwoConflicts() {
        assertThatThrownBy(() -> new ConflictMap(Map.of("a", List.of("Israel"), "b", List.of("israel"))))
                .message().containsIgnoringCase("israel");
    }
}
