package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server.start();
        fetcher = LocalServers.fetcher(LocalServers.config(server), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldReportRateLimitWithRetryAfterInSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(result.status()).isEqualTo(429);
        assertThat(result.hints().retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldReadRetryAfterAsAnHttpDateAgainstOurClock() {
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("Retry-After", httpDate(NOW.plusSeconds(300))).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(result.hints().retryAfter()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void shouldReadRetryAfterAsAnHttpDateAgainstTheServersDateWhenGiven() {
        Instant serverNow = NOW.minusSeconds(3600);
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("Date", httpDate(serverNow))
                .addHeader("Retry-After", httpDate(serverNow.plusSeconds(90))).build());

        assertThat(fetch().hints().retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void shouldReportServiceUnavailableWithItsRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.SERVER_ERROR);
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.hints().retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(result.outcome().isFailure()).isTrue();
    }

    @Test
    void shouldReportServerErrorWithoutRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(500).body("oops").build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.SERVER_ERROR);
        assertThat(result.hints().retryAfter()).isNull();
        assertThat(result.body()).isEmpty();
    }

    @Test
    void shouldReportMissingFeedAsClientError() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.CLIENT_ERROR);
        assertThat(result.detail()).contains("404");
    }

    private FetchResult fetch() {
        return fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), null, null));
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
