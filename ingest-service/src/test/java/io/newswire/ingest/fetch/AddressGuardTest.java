package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feed must not be able to make the service probe the internal network. */
class AddressGuardTest {

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
    void shouldFetchFromTheAllowListedLocalServer() {
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        assertThat(fetch("http://localhost:" + server.getPort() + "/feed.xml").outcome()).isEqualTo(FetchOutcome.OK);
    }

    @Test
    void shouldRefuseLoopbackThatIsNotAllowListed() {
        FetchResult byAddress = fetch("http://127.0.0.1:" + server.getPort() + "/feed.xml");

        assertThat(byAddress.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void shouldRefuseAnAllowListedHostOnAnotherPort() {
        int otherPort = server.getPort() == 65535 ? 65534 : server.getPort() + 1;

        assertThat(fetch("http://localhost:" + otherPort + "/").outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    }

    @Test
    void shouldRefuseTheCloudMetadataEndpoint() {
        FetchResult result = fetch("http://169.254.169.254/latest/meta-data/iam/security-credentials/");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(result.detail()).contains("169.254.169.254");
    }

    @Test
    void shouldRefuseLoopbackWrittenAsIpv4MappedIpv6() {
        assertThat(fetch("http://[::ffff:127.0.0.1]:" + server.getPort() + "/").outcome())
                .isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(fetch("http://[::ffff:a9fe:a9fe]/").outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void shouldRefuseNat64AndIpv6Loopback() {
        assertThat(fetch("http://[64:ff9b::a9fe:a9fe]/").outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(fetch("http://[::1]:" + server.getPort() + "/").outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
    }

    @Test
    void shouldRefuseARedirectToAPrivateAddress() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://10.1.2.3/admin").build());

        FetchResult result = fetch("http://localhost:" + server.getPort() + "/feed.xml");

        assertThat(result.outcome()).isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(result.finalUrl()).isEqualTo("http://10.1.2.3/admin");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseARedirectBackToTheSameServerByItsLoopbackAddress() {
        server.enqueue(new MockResponse.Builder().code(301)
                .addHeader("Location", "http://127.0.0.1:" + server.getPort() + "/internal").build());

        assertThat(fetch("http://localhost:" + server.getPort() + "/feed.xml").outcome())
                .isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAHostNameThatResolvesToAnInternalAddress() {
        Dns resolver = fakeResolver(Map.of("intranet.example.com", "10.20.30.40", "meta.example.com", "169.254.169.254"));
        FetchConfig config = LocalServers.config(server);
        try (HttpFetcher guarded = new HttpFetcher(config, new AddressGuard(config.allowList(), resolver),
                new HostLimiter(2, java.time.Duration.ZERO), java.time.Clock.systemUTC())) {

            assertThat(guarded.fetch(FetchRequest.feed("http://intranet.example.com/feed", null, null)).outcome())
                    .isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
            assertThat(guarded.fetch(FetchRequest.feed("https://meta.example.com/", null, null)).outcome())
                    .isEqualTo(FetchOutcome.BLOCKED_ADDRESS);
        }
    }

    @Test
    void shouldDropInternalAddressesFromAMixedLookup() throws Exception {
        Dns resolver = hostname -> List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("93.184.215.14"));

        List<InetAddress> usable = new AddressGuard(AllowList.NONE, resolver).lookup("mixed.example.com");

        assertThat(usable).containsExactly(InetAddress.getByName("93.184.215.14"));
    }

    @Test
    void shouldCheckTheAddressActuallyConnectedTo() throws Exception {
        AddressGuard guard = new AddressGuard(AllowList.of("localhost:8089"));
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        // what the network interceptor runs on every exchange, whatever the lookup said
        assertThatThrownBy(() -> guard.check(HttpUrl.get("http://rebound.example.com/"), loopback))
                .isInstanceOf(BlockedAddressException.class);
        assertThatThrownBy(() -> guard.check(HttpUrl.get("http://localhost:22/"), loopback))
                .isInstanceOf(BlockedAddressException.class);
        assertThatCode(() -> guard.check(HttpUrl.get("http://localhost:8089/feed"), loopback)).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(HttpUrl.get("http://news.example.com/"), InetAddress.getByName("93.184.215.14")))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseUrlsThatAreNotHttp() {
        assertThat(fetch("file:///etc/passwd").outcome()).isEqualTo(FetchOutcome.INVALID_URL);
        assertThat(fetch("gopher://localhost:70/").outcome()).isEqualTo(FetchOutcome.INVALID_URL);
    }

    private FetchResult fetch(String url) {
        return fetcher.fetch(FetchRequest.feed(url, null, null));
    }

    private static Dns fakeResolver(Map<String, String> addresses) {
        return hostname -> {
            String address = addresses.get(hostname);
            if (address == null) {
                throw new UnknownHostException(hostname);
            }
            return List.of(InetAddress.getByName(address));
        };
    }
}
