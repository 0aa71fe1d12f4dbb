package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.AlertKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriberConfigTest {

    @Test
    void shouldReadSubscribersFromYamlAndAddPlainAddresses(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("subscribers.yaml");
        Files.writeString(file, """
                subscribers:
                  - address: desk@example.org
                    kinds: [talks, Casualties]
                    parties: [Hamas]
                    conflicts: [israel-gaza]
                    digest: 30m
                  - address: night@example.org
                """);

        List<Subscriber> subscribers = SubscriberConfig.load(file, "night@example.org, chief@example.org");

        assertThat(subscribers).extracting(Subscriber::address)
                .containsExactly("desk@example.org", "night@example.org", "chief@example.org");
        Subscriber desk = subscribers.get(0);
        assertThat(desk.kinds()).containsExactlyInAnyOrder(AlertKind.TALKS, AlertKind.CASUALTIES);
        assertThat(desk.digestEvery()).isEqualTo(Duration.ofMinutes(30));
        assertThat(subscribers.get(1).wantsDigest()).isFalse();
    }

    @Test
    void shouldReadShortAndIsoDurations() {
        assertThat(SubscriberConfig.duration("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(SubscriberConfig.duration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(SubscriberConfig.duration("PT15M")).isEqualTo(Duration.ofMinutes(15));
    }
}
