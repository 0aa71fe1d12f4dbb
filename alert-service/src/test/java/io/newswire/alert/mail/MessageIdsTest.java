package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private final MessageIds ids = new MessageIds("alerts@newswire.example");

    @Test
    void shouldGiveOneIdPerBulletinAndSubscriberWhateverTheCase() {
        assertThat(ids.forBulletin("b1", "Desk@example.org")).isEqualTo(ids.forBulletin("b1", "desk@example.org"))
                .isNotEqualTo(ids.forBulletin("b1", "night@example.org"))
                .isNotEqualTo(ids.forBulletin("b2", "desk@example.org"))
                .startsWith("<bulletin.").endsWith("@newswire.example>");
    }

    @Test
    void shouldGiveOneIdPerDigestIntervalAndSubscriber() {
        Instant start = Instant.parse("2024-08-15T10:00:00Z");

        assertThat(ids.forDigest("desk@example.org", start)).isEqualTo(ids.forDigest("desk@example.org", start))
                .isNotEqualTo(ids.forDigest("desk@example.org", start.plusSeconds(1800)))
                .startsWith("<digest.");
    }
}
