package io.newswire.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.time.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedMixServerTest {

    private static final FeedMix ALL_HEALTHY = new FeedMix(Map.of(FeedKind.HEALTHY, 1.0));

    private final HttpClient client = HttpClient.newHttpClient();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T06:00:00Z"));
    private FeedMixServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldAnswerAMatchingEtagWithNotModified() throws Exception {
        server = start(ALL_HEALTHY);
        HttpResponse<String> first = get("/feeds/3.xml", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = get("/feeds/3.xml", etag);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<rss").contains("/articles/3/");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(server.count(FeedMixServer.Answer.FEED_304)).isEqualTo(1);
    }

    @Test
    void shouldServeTheFullFeedAgainOnceANewItemAppeared() throws Exception {
        server = start(ALL_HEALTHY);
        String etag = get("/feeds/3.xml", null).headers().firstValue("ETag").orElseThrow();

        clock.advance(Duration.ofSeconds(60));
        HttpResponse<String> later = get("/feeds/3.xml", etag);

        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(later.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void shouldAnswerARateLimitedFeedWith429AndRetryAfter() throws Exception {
        server = start(new FeedMix(Map.of(FeedKind.RATE_LIMITED, 1.0)));

        HttpResponse<String> response = get("/feeds/0.xml", null);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    }

    @Test
    void shouldDropTheConnectionOfADroppedFeed() {
        server = start(new FeedMix(Map.of(FeedKind.DROPPED, 1.0)));

        assertThatThrownBy(() -> get("/feeds/0.xml", null))
                .isInstanceOf(IOException.class);
        assertThat(server.count(FeedMixServer.Answer.DROPPED)).isPositive();
    }

    @Test
    void shouldGiveEachKindItsShareOfTheFeeds() {
        FeedMix mix = FeedMix.typical();

        Map<FeedKind, Long> counts = IntStream.range(0, 10_000).mapToObj(mix::kindOf)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        Arrays.stream(FeedKind.values()).forEach(kind ->
                assertThat(counts.get(kind)).as(kind.name()).isEqualTo(Math.round(mix.shares().get(kind) * 10_000)));
    }

    @Test
    void shouldSpreadFeedsRoundRobinOverLoopbackHosts() {
        server = start(ALL_HEALTHY);

        assertThat(server.feedUrl(0)).startsWith("http://127.1.0.1:" + server.port() + "/");
        assertThat(server.feedUrl(4)).startsWith("http://127.1.0.1:");
        assertThat(FeedMixServer.hostAddress(254)).isEqualTo("127.1.1.1");
        assertThat(server.allowList().split(",")).hasSize(4).contains("127.1.0.4:" + server.port());
    }

    private FeedMixServer start(FeedMix mix) {
        return FeedMixServer.start(0, new FeedMixServer.Settings(20, 4, mix, 3, Duration.ofSeconds(60),
                Duration.ofMillis(10), Duration.ofSeconds(30), 2), clock);
    }

    private HttpResponse<String> get(String path, String etag) throws IOException, InterruptedException {
        // the loopback address every platform routes; the server does not look at the host it is reached as
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
