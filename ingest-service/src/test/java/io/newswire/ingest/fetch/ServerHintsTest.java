package io.newswire.ingest.fetch;

import static io.newswire.ingest.fetch.RetryAfterTest.httpDate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ServerHintsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void shouldTakeFreshnessFromMaxAgeLessAge() {
        ServerHints hints = ServerHints.from(Headers.of("Cache-Control", "public, max-age=900", "Age", "100"), NOW);

        assertThat(hints.freshness()).isEqualTo(Duration.ofSeconds(800));
    }

    @Test
    void shouldPreferMaxAgeOverExpires() {
        ServerHints hints = ServerHints.from(Headers.of("Cache-Control", "max-age=60",
                "Expires", httpDate(NOW.plusSeconds(3600))), NOW);

        assertThat(hints.freshness()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldTakeFreshnessFromExpiresAgainstTheServersDate() {
        Instant serverNow = NOW.plusSeconds(7200);
        ServerHints hints = ServerHints.from(Headers.of("Date", httpDate(serverNow),
                "Expires", httpDate(serverNow.plusSeconds(600))), NOW);

        assertThat(hints.freshness()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void shouldTreatAnUnparseableExpiresAsAlreadyExpired() {
        assertThat(ServerHints.from(Headers.of("Expires", "0"), NOW).freshness()).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldGiveNoFreshnessWhenTheServerForbidsCaching() {
        assertThat(ServerHints.from(Headers.of("Cache-Control", "no-cache, max-age=600"), NOW).freshness()).isNull();
        assertThat(ServerHints.from(Headers.of(), NOW).freshness()).isNull();
    }

    @Test
    void shouldNotGoBackInTimeForARetryAfterDateAlreadyPast() {
        ServerHints hints = ServerHints.from(Headers.of("Retry-After", httpDate(NOW.minusSeconds(60))), NOW);

        assertThat(hints.retryAfter()).isEqualTo(Duration.ZERO);
    }

    @Test
    void shouldIgnoreAGarbledRetryAfter() {
        assertThat(ServerHints.from(Headers.of("Retry-After", "soon"), NOW).retryAfter()).isNull();
        assertThat(ServerHints.from(Headers.of("Retry-After", "-5"), NOW).retryAfter()).isNull();
    }
}
