package io.newswire.alert.develop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.event.Party;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictMapTest {

    private static Party party(String name) {
        return new Party(name, "state", null, null);
    }

    @Test
    void shouldPickTheConflictMostPartiesBelongTo() {
        ConflictMap map = ConflictMap.bundled();

        assertThat(map.conflictOf(List.of(party("Qatar"), party("hamas"), party("Israel"), party("Hezbollah"))))
                .isEqualTo("israel-gaza");
    }

    @Test
    void shouldUseAPersonsAffiliation() {
        ConflictMap map = new ConflictMap(Map.of("russia-ukraine", List.of("Ukraine")));

        assertThat(map.conflictOf(List.of(new Party("Andriy Yermak", "person", "Ukraine", null))))
                .isEqualTo("russia-ukraine");
    }

    @Test
    void shouldLeaveAStoryWithoutMappedPartiesUnassigned() {
        assertThat(ConflictMap.bundled().conflictOf(List.of(party("Qatar"), party("Egypt"))))
                .isEqualTo(ConflictMap.UNASSIGNED);
    }

    @Test
    void shouldRefuseAPartyMappedToTwoConflicts() {
        assertThatThrownBy(() -> new ConflictMap(Map.of("a", List.of("Israel"), "b", List.of("israel"))))
                .message().containsIgnoringCase("israel");
    }
}
