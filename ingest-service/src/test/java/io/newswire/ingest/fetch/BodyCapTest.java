package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BodyCapTest {

    private static final int CAP = 32 * 1024;
    private static final int HUGE = 4 * 1024 * 1024;

    private final MockWebServer server = new MockWebServer();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server.start();
        fetcher = LocalServers.fetcher(LocalServers.config(server).withMaxBodyBytes(CAP));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldAcceptABodyExactlyAtTheCap() {
        server.enqueue(new MockResponse.Builder().body("a".repeat(CAP)).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.body()).hasSize(CAP);
    }

    @Test
    void shouldRefuseADeclaredOversizeBodyWithoutReadingIt() {
        server.enqueue(new MockResponse.Builder().body("a".repeat(CAP + 1)).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.bytesRead()).isZero();
        assertThat(result.body()).isEmpty();
    }

    @Test
    void shouldStopReadingAnUndeclaredOversizeBodyJustPastTheCap() {
        server.enqueue(new MockResponse.Builder().chunkedBody("a".repeat(HUGE), 16 * 1024).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.bytesRead()).isGreaterThan(CAP).isLessThanOrEqualTo(CAP + 8192L);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void shouldApplyTheCapToDecompressedBytesSoACompressionBombStops() throws IOException {
        Buffer bomb = new Buffer().write(gzip(new byte[HUGE]));
        assertThat(bomb.size()).as("the compressed bomb itself is under the cap").isLessThan(CAP);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(bomb).build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
        assertThat(result.bytesRead()).isLessThanOrEqualTo(CAP + 8192L);
    }

    private FetchResult fetch() {
        return fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/page")));
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }
}
