package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegularInflectionTest {

    @Test
    void shouldGiveTheStemsOfRegularVerbForms() {
        assertThat(RegularInflection.stems("stalled")).contains("stall");
        assertThat(RegularInflection.stems("stopped")).contains("stop");
        assertThat(RegularInflection.stems("agreed")).contains("agree");
        assertThat(RegularInflection.stems("brokering")).contains("broker");
        assertThat(RegularInflection.stems("raging")).contains("rage");
    }

    @Test
    void shouldGiveTheStemsOfRegularPlurals() {
        assertThat(RegularInflection.stems("talks")).contains("talk");
        assertThat(RegularInflection.stems("parties")).contains("party");
        assertThat(RegularInflection.stems("pauses")).contains("pause");
    }

    @Test
    void shouldLeaveShortAndUninflectedWordsAlone() {
        assertThat(RegularInflection.stems("red")).isEmpty();
        assertThat(RegularInflection.stems("process")).isEmpty();
    }
}
