package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestBufferTest {

    @Test
    void shouldAlignIntervalsToTheEpochSoEveryInstanceAgrees() {
        Duration every = Duration.ofMinutes(30);

        assertThat(DigestBuffer.intervalStart(Instant.parse("2024-08-15T10:29:59Z"), every))
                .isEqualTo(Instant.parse("2024-08-15T10:00:00Z"));
        assertThat(DigestBuffer.intervalStart(Instant.parse("2024-08-15T10:30:00Z"), every))
                .isEqualTo(Instant.parse("2024-08-15T10:30:00Z"));
    }
}
