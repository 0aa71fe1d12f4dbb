package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    private static final int DRIP_BODY_BYTES = 20_000;

    private final MockWebServer server = new MockWebServer();
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        if (fetcher != null) {
            fetcher.close();
        }
        server.close();
    }

    @Test
    void shouldTimeOutWhenTheServerIsSilentPastTheReadTimeout() {
        fetcher = LocalServers.fetcher(LocalServers.config(server)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(5)));
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("<rss/>").build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.status()).as("the headers never came").isZero();
    }

    @Test
    void shouldStopASlowDripBodyAtTheDeadline() {
        // every read gets a few bytes well inside the read timeout: only the overall deadline can end this
        fetcher = LocalServers.fetcher(LocalServers.config(server)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(600)));
        server.enqueue(new MockResponse.Builder()
                .body("x".repeat(DRIP_BODY_BYTES))
                .throttleBody(100, 50, TimeUnit.MILLISECONDS)
                .build());

        FetchResult result = fetch();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.bytesRead()).isLessThan(DRIP_BODY_BYTES);
    }

    @Test
    void shouldTimeOutConnectingToAServerThatNeverAccepts() throws Exception {
        // a listening socket whose backlog is full and never accepted: the kernel drops further handshakes
        try (ServerSocket unanswered = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> backlog = fillBacklog(unanswered);
            try {
                FetchConfig config = FetchConfig.defaults()
                        .withTimeouts(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(2))
                        .withAllowList(AllowList.of("127.0.0.1:" + unanswered.getLocalPort()));
                fetcher = LocalServers.fetcher(config);

                FetchResult result = fetcher.fetch(FetchRequest.feed(
                        "http://127.0.0.1:" + unanswered.getLocalPort() + "/feed.xml", null, null));

                assertThat(result.outcome()).isEqualTo(FetchOutcome.TIMEOUT);
                assertThat(result.detail()).as("the connect timeout, not the deadline").containsIgnoringCase("connect");
            } finally {
                for (Socket socket : backlog) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void shouldNotCountTheWaitForATurnAtTheHostAgainstTheDeadline() {
        // the article fetch waits out the spacing, longer than the deadline, before its request starts
        fetcher = LocalServers.fetcher(LocalServers.config(server)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(700))
                .withHostLimits(1, Duration.ofMillis(1000)));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());
        server.enqueue(new MockResponse.Builder().body("<html></html>").build());

        assertThat(fetch().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(fetcher.fetch(FetchRequest.article(LocalServers.url(server, "/story.html"))).outcome())
                .isEqualTo(FetchOutcome.OK);
    }

    @Test
    void shouldPutOffAFeedRequestWhileItsHostIsBusyAndSayForHowLong() {
        fetcher = LocalServers.fetcher(LocalServers.config(server).withHostLimits(1, Duration.ofSeconds(10)));
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        assertThat(fetch().outcome()).isEqualTo(FetchOutcome.OK);
        FetchResult putOff = fetch();

        assertThat(putOff.outcome()).isEqualTo(FetchOutcome.HOST_BUSY);
        assertThat(putOff.outcome().isFailure()).isFalse();
        assertThat(putOff.hints().retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static List<Socket> fillBacklog(ServerSocket server) {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 100);
                sockets.add(socket);
            } catch (java.io.IOException full) {
                break;
            }
        }
        return sockets;
    }

    private FetchResult fetch() {
        return fetcher.fetch(FetchRequest.feed(LocalServers.url(server, "/feed.xml"), null, null));
    }
}
