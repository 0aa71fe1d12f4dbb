package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkCanonicalizerTest {

    @Test
    void shouldRemoveTrackingParametersAndFragmentButKeepOthersInOrder() {
        assertThat(LinkCanonicalizer.canonicalize(
                "https://www.bbc.co.uk/news/world-1?at_medium=RSS&at_campaign=rss&page=2&gclid=abc&b=1#comments", null))
                .isEqualTo("https://www.bbc.co.uk/news/world-1?page=2&b=1");
    }

    @Test
    void shouldNormaliseSchemeHostAndDefaultPort() {
        assertThat(LinkCanonicalizer.canonicalize("HTTPS://News.Example.ORG:443", null))
                .isEqualTo("https://news.example.org/");
        assertThat(LinkCanonicalizer.canonicalize("http://example.org:8080/a?utm_campaign=x", null))
                .isEqualTo("http://example.org:8080/a");
    }

    @Test
    void shouldResolveRelativeLinksAgainstTheFeed() {
        assertThat(LinkCanonicalizer.canonicalize("../b c.html", URI.create("https://example.org/news/feed.xml")))
                .isEqualTo("https://example.org/b%20c.html");
    }

    @Test
    void shouldGiveNullForLinksThatCannotBeMadeAbsolute() {
        assertThat(LinkCanonicalizer.canonicalize("/only/a/path", null)).isNull();
        assertThat(LinkCanonicalizer.canonicalize("   ", null)).isNull();
    }
}
