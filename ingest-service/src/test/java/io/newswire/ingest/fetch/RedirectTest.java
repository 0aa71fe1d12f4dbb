package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedirectTest {

    private final MockWebServer server = new MockWebServer();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server.start();
        fetcher = LocalServers.fetcher(LocalServers.config(server).withMaxRedirects(3));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldReportTheNewAddressOfAPermanentlyMovedFeed() throws Exception {
        server.enqueue(redirect(301, LocalServers.url(server, "/new/feed.xml")));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        FetchResult result = fetch("/old/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.permanentlyRedirected()).isTrue();
        assertThat(result.permanentUrl()).isEqualTo(LocalServers.url(server, "/new/feed.xml"));
        assertThat(result.finalUrl()).isEqualTo(LocalServers.url(server, "/new/feed.xml"));
        assertThat(result.requestUrl()).isEqualTo(LocalServers.url(server, "/old/feed.xml"));
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/old/feed.xml");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/new/feed.xml");
    }

    @Test
    void shouldTreat308AsPermanentToo() {
        server.enqueue(redirect(308, "/moved.xml"));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        assertThat(fetch("/feed.xml").permanentUrl()).isEqualTo(LocalServers.url(server, "/moved.xml"));
    }

    @Test
    void shouldFollowATemporaryRedirectWithoutMovingTheFeed() {
        server.enqueue(redirect(302, "/today.xml"));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        FetchResult result = fetch("/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.permanentlyRedirected()).isFalse();
        assertThat(result.finalUrl()).isEqualTo(LocalServers.url(server, "/today.xml"));
    }

    @Test
    void shouldMoveTheFeedOnlyAsFarAsTheRedirectsStayPermanent() {
        server.enqueue(redirect(301, "/a.xml"));
        server.enqueue(redirect(302, "/b.xml"));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        FetchResult result = fetch("/feed.xml");

        assertThat(result.permanentUrl()).isEqualTo(LocalServers.url(server, "/a.xml"));
        assertThat(result.finalUrl()).isEqualTo(LocalServers.url(server, "/b.xml"));
    }

    @Test
    void shouldNotMoveTheFeedWhenAPermanentRedirectFollowsATemporaryOne() {
        server.enqueue(redirect(302, "/a.xml"));
        server.enqueue(redirect(301, "/b.xml"));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        assertThat(fetch("/feed.xml").permanentlyRedirected()).isFalse();
    }

    @Test
    void shouldNotMoveTheFeedToAnAddressThatFails() {
        server.enqueue(redirect(301, "/gone.xml"));
        server.enqueue(new MockResponse.Builder().code(404).build());

        FetchResult result = fetch("/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.CLIENT_ERROR);
        assertThat(result.permanentlyRedirected()).isFalse();
    }

    @Test
    void shouldSendTheValidatorsAlongTheRedirect() throws Exception {
        server.enqueue(redirect(301, "/new.xml"));
        server.enqueue(new MockResponse.Builder().code(304).build());

        FetchResult result = fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), "\"e1\"", null));

        server.takeRequest();
        RecordedRequest secondHop = server.takeRequest();
        assertThat(secondHop.getHeaders().get("If-None-Match")).isEqualTo("\"e1\"");
        assertThat(result.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(result.permanentlyRedirected()).isTrue();
    }

    @Test
    void shouldGiveUpAfterTooManyRedirects() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(redirect(302, "/loop" + i));
        }

        FetchResult result = fetch("/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void shouldRefuseARedirectToANonHttpScheme() {
        server.enqueue(redirect(302, "file:///etc/passwd"));

        FetchResult result = fetch("/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.REDIRECT_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.feed(LocalServers.url(server, path), null, null));
    }

    private static MockResponse redirect(int code, String location) {
        return new MockResponse.Builder().code(code).addHeader("Location", location).build();
    }
}
