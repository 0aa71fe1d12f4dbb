package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private final MessageIds ids = new MessageIds("alerts@newswire.example");

    @Test
    void shouldGiveOneIdPerAlertAndSubscriberWhateverTheCase() {
        assertThat(ids.forAlert("a1", "Desk@example.org")).isEqualTo(ids.forAlert("a1", "desk@example.org"))
                .isNotEqualTo(ids.forAlert("a1", "night@example.org")).isNotEqualTo(ids.forAlert("a2", "desk@example.org"))
                .startsWith("<alert.").endsWith("@newswire.example>");
    }

    @Test
    void shouldGiveOneIdPerDigestIntervalAndSubscriber() {
        Instant start = Instant.parse("2024-08-15T10:00:00Z");

        assertThat(ids.forDigest("desk@example.org", start)).isEqualTo(ids.forDigest("desk@example.org", start))
                .isNotEqualTo(ids.forDigest("desk@example.org", start.plusSeconds(1800)))
                .startsWith("<digest.");
    }
}
