package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContentEncodingTest {

    private static final String FEED = "<rss version=\"2.0\"><channel><title>Ceasefire talks</title></channel></rss>"
            .repeat(20);

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
    void shouldAskForGzipAndDeflate() throws Exception {
        server.enqueue(new MockResponse.Builder().body(FEED).build());

        fetch();

        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void shouldDecodeGzip() throws Exception {
        server.enqueue(encoded("gzip", BodyCapTest.gzip(bytes(FEED))));

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(text(result)).isEqualTo(FEED);
    }

    @Test
    void shouldDecodeZlibWrappedDeflate() {
        server.enqueue(encoded("deflate", deflate(bytes(FEED), false)));

        assertThat(text(fetch())).isEqualTo(FEED);
    }

    @Test
    void shouldDecodeRawDeflateThatSomeServersSend() {
        server.enqueue(encoded("deflate", deflate(bytes(FEED), true)));

        assertThat(text(fetch())).isEqualTo(FEED);
    }

    @Test
    void shouldReportAnEncodingItDidNotAskFor() {
        server.enqueue(encoded("br", bytes(FEED)));

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.UNDECODABLE);
        assertThat(result.detail()).contains("br");
    }

    private FetchResult fetch() {
        return fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), null, null));
    }

    private static MockResponse encoded(String coding, byte[] body) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/rss+xml")
                .addHeader("Content-Encoding", coding)
                .body(new Buffer().write(body))
                .build();
    }

    private static byte[] deflate(byte[] plain, boolean raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        deflater.setInput(plain);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(FetchResult result) {
        return new String(result.body(), StandardCharsets.UTF_8);
    }
}
