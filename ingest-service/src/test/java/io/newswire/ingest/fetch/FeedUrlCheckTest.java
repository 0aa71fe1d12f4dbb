package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

class FeedUrlCheckTest {

    /** Names resolve as a test says, never through the machine's DNS. */
    private static final Dns RESOLVER = host -> switch (host) {
        case "news.example" -> List.of(address("93.184.215.14"));
        case "intranet.example" -> List.of(address("10.1.2.3"));
        case "localhost" -> List.of(address("127.0.0.1"));
        default -> throw new UnknownHostException(host);
    };

    private final FeedUrlCheck check = new FeedUrlCheck(new AddressGuard(AllowList.NONE, RESOLVER));

    @Test
    void shouldAcceptAnAbsoluteHttpOrHttpsUrlOnAPublicHost() {
        assertThat(check.problem("https://news.example/rss.xml")).isEmpty();
        assertThat(check.problem("http://news.example:8080/feed?format=atom")).isEmpty();
    }

    @Test
    void shouldRefuseAFileUrl() {
        assertThat(check.problem("file:///etc/passwd")).contains("scheme file: is not http or https");
    }

    @Test
    void shouldRefuseTextThatIsNotAnAbsoluteUrl() {
        assertThat(check.problem("not-a-url")).hasValueSatisfying(p -> assertThat(p).startsWith("not an absolute URL"));
        assertThat(check.problem("/relative/feed.xml")).isPresent();
        assertThat(check.problem("")).contains("empty URL");
    }

    @Test
    void shouldRefuseAnFtpUrl() {
        assertThat(check.problem("ftp://files.example/feed.xml")).contains("scheme ftp: is not http or https");
    }

    @Test
    void shouldRefuseAnHttpUrlWithoutAHost() {
        assertThat(check.problem("http:///feed.xml")).isPresent();
        assertThat(check.problem("https://")).isPresent();
    }

    @Test
    void shouldRefuseTheCloudMetadataAddress() {
        assertThat(check.problem("http://169.254.169.254/latest/meta-data/"))
                .hasValueSatisfying(p -> assertThat(p).contains("169.254.169.254").contains("--allow-hosts"));
    }

    @Test
    void shouldRefuseHostsThatResolveOnlyToInternalAddresses() {
        assertThat(check.problem("http://localhost:8089/feed")).isPresent();
        assertThat(check.problem("https://intranet.example/rss")).isPresent();
        assertThat(check.problem("http://[::1]/feed")).isPresent();
    }

    @Test
    void shouldAcceptAnInternalHostTheAllowListNames() {
        FeedUrlCheck allowing = new FeedUrlCheck(new AddressGuard(AllowList.of("localhost:8089"), RESOLVER));

        assertThat(allowing.problem("http://localhost:8089/feed")).isEmpty();
        assertThat(allowing.problem("http://localhost:9999/feed")).isPresent();
    }

    @Test
    void shouldRefuseAFiveThousandCharacterHost() {
        String url = "https://" + "a".repeat(5_000) + ".example/rss";

        assertThat(check.problem(url)).contains("URL longer than " + FeedUrlCheck.MAX_URL_LENGTH + " characters");
    }

    @Test
    void shouldRefuseAHostLongerThanDnsAllowsInAShortEnoughUrl() {
        String host = String.join(".", "a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(60),
                "e".repeat(60), "example");

        assertThat(check.problem("https://" + host + "/rss")).isPresent();
    }

    @Test
    void shouldLetAHostThatDoesNotResolveNowThroughForTheFetcherToCheckAgain() {
        assertThat(check.problem("https://not-yet-in-dns.example/rss")).isEmpty();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
