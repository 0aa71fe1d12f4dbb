package io.newswire.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoFeedServerTest {

    private static final String FEED = "/gulf/rss.xml";

    private final HttpClient client = HttpClient.newHttpClient();
    private final DemoFeedServer server = DemoFeedServer.start(0,
            new DemoFeeds(List.of(new DemoFeeds.Feed(FEED, "rss_2.0", "Gulf Herald", List.of()))),
            Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldAnswerAConditionalGetForAnUnchangedFeedWithNotModified() throws Exception {
        HttpResponse<String> first = get(null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(get(etag).statusCode()).isEqualTo(304);
    }

    @Test
    void shouldServeTheNewItemWithANewEtagOnceAnItemIsPublished() throws Exception {
        String etag = get(null).headers().firstValue("ETag").orElseThrow();

        server.publish(FEED, "Talks resume in Doha", "Negotiators met.", "talks.html",
                "<html><body><p>Negotiators met.</p></body></html>".getBytes(StandardCharsets.UTF_8), Instant.now());
        HttpResponse<String> changed = get(etag);

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Talks resume in Doha");
        assertThat(changed.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    private HttpResponse<String> get(String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + FEED));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldListOnlyTheNewestItemsLikeANewsSiteFeed() throws Exception {
        for (int n = 0; n <= DemoFeedServer.FEED_WINDOW; n++) {
            server.publish(FEED, "Story " + n + ".", "Summary " + n + ".", "story-" + n + ".html",
                    "<html></html>".getBytes(StandardCharsets.UTF_8), Instant.now());
        }

        String feed = get(null).body();

        assertThat(feed).contains("Story " + DemoFeedServer.FEED_WINDOW + ".").contains("Story 1.")
                .doesNotContain("Story 0.");
    }
}
