package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

    private static final String ETAG = "\"v1-abc\"";
    private static final String LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT";

    private final MockWebServer server = new MockWebServer();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server.start();
        fetcher = LocalServers.fetcher(LocalServers.config(server));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldSendValidatorsAndReportNotModifiedWithoutBody() throws Exception {
        server.enqueue(new MockResponse.Builder().code(304).build());

        FetchResult result = fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), ETAG, LAST_MODIFIED));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isEqualTo(ETAG);
        assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(result.status()).isEqualTo(304);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).as("validators kept for the next poll").isEqualTo(ETAG);
        assertThat(result.lastModified()).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void shouldTakeNewValidatorsFromNotModified() {
        server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"v2\"").build());

        FetchResult result = fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), ETAG, LAST_MODIFIED));

        assertThat(result.etag()).isEqualTo("\"v2\"");
        assertThat(result.lastModified()).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void shouldReturnBodyAndValidatorsOfAFirstFetch() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .addHeader("ETag", ETAG)
                .addHeader("Last-Modified", LAST_MODIFIED)
                .body("<rss version=\"2.0\"/>")
                .build());

        FetchResult result = fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), null, null));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isNull();
        assertThat(request.getHeaders().get("If-Modified-Since")).isNull();
        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss version=\"2.0\"/>");
        assertThat(result.etag()).isEqualTo(ETAG);
        assertThat(result.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(result.charset()).contains(StandardCharsets.UTF_8);
        assertThat(result.bytesRead()).isEqualTo(result.body().length);
    }

    @Test
    void shouldFetchUnconditionallyWhenAStoredValidatorCannotBeSentBack() throws Exception {
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        FetchResult result = fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), "\"café\"", LAST_MODIFIED));

        RecordedRequest request = server.takeRequest();
        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(request.getHeaders().get("If-None-Match")).isNull();
        assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }

    @Test
    void shouldIdentifyItselfHonestlyAndAskForFeeds() throws Exception {
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), null, null));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent"))
                .matches("Newswire/\\S+ \\(\\+https://github\\.com/newswire; feed reader\\)");
        assertThat(request.getHeaders().get("Accept")).startsWith("application/rss+xml, application/atom+xml");
    }

    @Test
    void shouldAskForHtmlWhenFetchingAnArticle() throws Exception {
        server.enqueue(new MockResponse.Builder().body("<html></html>").build());

        fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/story/1")));

        assertThat(server.takeRequest().getHeaders().get("Accept")).startsWith("text/html");
    }
}
