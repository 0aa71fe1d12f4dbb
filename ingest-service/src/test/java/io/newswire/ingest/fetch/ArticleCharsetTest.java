package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Article pages fetched from a server and turned into text, through the same fetcher as feeds. */
class ArticleCharsetTest {

    private static final String HEADLINE = "Négociations de trêve au Caire : « accord proche »";

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
    void shouldDecodeAPageByItsContentTypeCharset() {
        serve("text/html; charset=ISO-8859-15", page("").getBytes(Charset.forName("ISO-8859-15")));

        FetchResult result = fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/a")));

        assertThat(result.charset()).contains(Charset.forName("ISO-8859-15"));
        assertThat(HtmlDecoder.decodeToString(result.body(), result.contentType())).contains(HEADLINE);
    }

    @Test
    void shouldDecodeAGzippedPageByItsMetaCharset() throws Exception {
        byte[] latin = page("<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"));
        server.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "text/html")
                .addHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(BodyCapTest.gzip(latin)))
                .build());

        FetchResult result = fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/b")));

        assertThat(result.charset()).isEmpty();
        assertThat(HtmlDecoder.decodeToString(result.body(), result.contentType())).contains(HEADLINE);
    }

    @Test
    void shouldDecodeAnUndeclaredUtf8Page() {
        serve("text/html", page("").getBytes(StandardCharsets.UTF_8));

        FetchResult result = fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/c")));

        assertThat(HtmlDecoder.decodeToString(result.body(), result.contentType())).contains(HEADLINE);
    }

    private void serve(String contentType, byte[] body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", contentType)
                .body(new Buffer().write(body)).build());
    }

    private static String page(String head) {
        return "<html><head>" + head + "</head><body><h1>" + HEADLINE + "</h1></body></html>";
    }
}
