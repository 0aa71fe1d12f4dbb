package io.newswire.alert.develop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TalksPhasesTest {

    private final TalksPhases phases = TalksPhases.bundled();

    @Test
    void shouldGroupStatusesThatStateTheSamePhase() {
        assertThat(phases.samePhase("resumed", "ongoing")).isTrue();
        assertThat(phases.samePhase("Stalled", "deadlocked")).isTrue();
        assertThat(phases.samePhase("agreed", "agreed")).isTrue();
    }

    @Test
    void shouldTellAMoveToAnotherPhase() {
        assertThat(phases.samePhase("resumed", "stalled")).isFalse();
        assertThat(phases.samePhase("agreed", "in_effect")).isFalse();
        assertThat(phases.samePhase(null, "agreed")).isFalse();
        assertThat(phases.phaseOf("walked_out")).isEqualTo("walked_out");
    }
}
