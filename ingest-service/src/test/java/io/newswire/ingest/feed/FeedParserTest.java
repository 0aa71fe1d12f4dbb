package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    private static final URI FEED_URL = URI.create("https://news.example.org/feed.xml");

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldParseRss091WithNetscapeDoctypeAndHtmlEntities() throws Exception {
        ParsedFeed feed = parser.parse(fixture("rss091-netscape.xml"), null, FEED_URL);

        assertThat(feed.title()).isEqualTo("Café News");
        assertThat(feed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Truce talks resume \u2014 mediators in Cairo");
            assertThat(entry.link()).isEqualTo("http://example.com/news/1");
        });
    }

    @Test
    void shouldNeverFetchTheDtdOrExternalEntities() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String dtd = server.url("/rss.dtd").toString();
            String entity = server.url("/secret").toString();
            byte[] externalDtd = utf8("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + dtd + "\">"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><guid>g</guid></item></channel></rss>");
            byte[] parameterEntity = utf8("<!DOCTYPE rss [<!ENTITY % pe SYSTEM \"" + dtd + "\"> %pe;]>"
                    + "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
            byte[] generalEntity = utf8("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + entity + "\">]>"
                    + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>");

            assertThat(parser.parse(externalDtd, null, FEED_URL).entries()).hasSize(1);
            assertThat(parser.parse(parameterEntity, null, FEED_URL).title()).isEqualTo("t");
            assertThatThrownBy(() -> parser.parse(generalEntity, null, FEED_URL))
                    .isInstanceOf(FeedParseException.class).hasMessageContaining("xxe");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void shouldRejectFileEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] xxe = utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>");

        assertThatThrownBy(() -> parser.parse(xxe, null, FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("refused to expand entity 'xxe'")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void shouldRejectBillionLaughsWithoutExpandingIt() {
        assertThatThrownBy(() -> parser.parse(fixture("billion-laughs.xml"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("refused to expand entity 'lol3'");
    }

    @Test
    void shouldSubstitutePlainInternalEntitiesWithinBudget() throws Exception {
        byte[] feed = utf8("<!DOCTYPE rss [<!ENTITY id \"tag:example.com,\">]>"
                + "<rss version=\"2.0\"><channel><item><guid>&id;2006:/blog/</guid></item></channel></rss>");
        byte[] blowUp = utf8("<!DOCTYPE rss [<!ENTITY a \"" + "A".repeat(1000) + "\">]>"
                + "<rss version=\"2.0\"><channel><title>" + "&a;".repeat(100) + "</title></channel></rss>");

        assertThat(parser.parse(feed, null, FEED_URL).entries().get(0).guid()).isEqualTo("tag:example.com,2006:/blog/");
        assertThatThrownBy(() -> parser.parse(blowUp, null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("entity expansion exceeds");
    }

    @Test
    void shouldDecodeUndeclaredWindows1252InsteadOfReplacementCharacters() throws Exception {
        ParsedFeed feed = parser.parse(fixture("windows-1252-undeclared.xml"), null, FEED_URL);

        assertThat(feed.title()).isEqualTo("Café \u201Cquoted\u201D");
        assertThat(feed.entries().get(0).title()).isEqualTo("Naïve \u2013 dash").doesNotContain("\uFFFD");
    }

    @Test
    void shouldDetectAnUndeclaredLegacyCharset() throws Exception {
        ParsedFeed feed = parser.parse(fixture("koi8r-undeclared.xml"), null, FEED_URL);

        assertThat(feed.entries().get(0).title()).isEqualTo("Переговоры о прекращении огня возобновятся в Каире");
    }

    @Test
    void shouldLetTheContentTypeCharsetOverrideTheProlog() throws Exception {
        byte[] koi8 = ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Новости</title></channel></rss>").getBytes(Charset.forName("KOI8-R"));

        assertThat(parser.parse(koi8, "application/rss+xml; charset=\"KOI8-R\"", FEED_URL).title())
                .isEqualTo("Новости");
    }

    @Test
    void shouldReadUtf8LabelledAsLatin1AsUtf8() throws Exception {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Gespräche in Kairo – Waffenruhe</title></channel></rss>").getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(body, "text/xml; charset=iso-8859-1", FEED_URL).title())
                .isEqualTo("Gespräche in Kairo – Waffenruhe");
    }

    @Test
    void shouldFollowTheByteOrderMark() throws Exception {
        byte[] body = ("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Ελλάδα</title></channel></rss>").getBytes(StandardCharsets.UTF_16LE);

        assertThat(parser.parse(body, null, FEED_URL).title()).isEqualTo("Ελλάδα");
    }

    @Test
    void shouldTurnAnExceptionInsideRomeIntoAParseError() {
        assertThatThrownBy(() -> parser.parse(fixture("rome-crash-base64.xml"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("Rome failed on this feed: java.lang.ArrayIndexOutOfBoundsException");
    }

    @Test
    void shouldRejectElementsNestedDeeperThanTheLimit() {
        String deep = "<x>".repeat(500) + "</x>".repeat(500);
        byte[] body = utf8("<rss version=\"2.0\"><channel><title>t</title><item>" + deep + "</item></channel></rss>");

        assertThatThrownBy(() -> parser.parse(body, null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage("limit exceeded: elements nested deeper than 200");
    }

    @Test
    void shouldRejectATextNodeLongerThanTheLimit() {
        FeedParser strict = new FeedParser(new FeedParserLimits(1 << 20, 50, 1000, 0, 10));
        byte[] body = utf8("<rss version=\"2.0\"><channel><title>" + "x".repeat(5000) + "</title></channel></rss>");

        assertThatThrownBy(() -> strict.parse(body, null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage("limit exceeded: text node longer than 1000 chars");
    }

    @Test
    void shouldRejectADocumentLargerThanTheLimit() {
        FeedParser strict = new FeedParser(new FeedParserLimits(100, 50, 1000, 0, 10));

        assertThatThrownBy(() -> strict.parse(new byte[101], null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage("document larger than 100 bytes");
    }

    @Test
    void shouldKeepOnlyTheFirstEntriesBeyondTheCap() throws Exception {
        FeedParser capped = new FeedParser(new FeedParserLimits(1 << 20, 50, 1000, 0, 3));
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            items.append("<item><guid>urn:item:").append(i).append("</guid></item>");
        }
        ParsedFeed feed = capped.parse(utf8("<rss version=\"2.0\"><channel>" + items + "</channel></rss>"), null,
                FEED_URL);

        assertThat(feed.entries()).extracting(FeedEntry::guid)
                .containsExactly("urn:item:0", "urn:item:1", "urn:item:2");
    }

    @Test
    void shouldDeclarePrefixesTheFeedForgotAndReadTtlAndDates() throws Exception {
        ParsedFeed feed = parser.parse(fixture("undeclared-prefix.xml"), null, FEED_URL);

        assertThat(feed.ttlMinutes()).isEqualTo(15);
        assertThat(feed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.guid()).isEqualTo("ep-1");
            assertThat(entry.author()).isEqualTo("Ann");
            assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2025-06-03T09:00:00Z"));
        });
    }

    @Test
    void shouldReadDatesInTheCommonFormats() throws Exception {
        byte[] body = utf8("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<item><guid>urn:1</guid><pubDate>Tue, 3 Jun 2025 11:00:00 +0200</pubDate></item>"
                + "<item><guid>urn:2</guid><dc:date>2025-06-03T09:00:00.250Z</dc:date></item>"
                + "<item><guid>urn:3</guid><pubDate>Tue, 03 Jun 2025 04:00:00 EST</pubDate></item>"
                + "</channel></rss>");

        assertThat(parser.parse(body, null, FEED_URL).entries()).extracting(FeedEntry::publishedAt).containsExactly(
                Instant.parse("2025-06-03T09:00:00Z"), Instant.parse("2025-06-03T09:00:00.250Z"),
                Instant.parse("2025-06-03T09:00:00Z"));
    }

    @Test
    void shouldReadAnRssDocumentWithoutChannelAsAnEmptyFeed() throws Exception {
        ParsedFeed feed = parser.parse(utf8("<rss version=\"2.0\"></rss>"), null, FEED_URL);

        assertThat(feed.entries()).isEmpty();
        assertThat(feed.ttlMinutes()).isNull();
    }

    @Test
    void shouldKeepItemsLeftOutsideTheChannel() throws Exception {
        byte[] body = utf8("<rss version=\"2.0\"><item><title>a</title><guid>urn:a</guid></item></rss>");

        assertThat(parser.parse(body, null, FEED_URL).entries()).extracting(FeedEntry::guid).containsExactly("urn:a");
    }

    @Test
    void shouldSkipAServerWarningPrintedBeforeTheXmlDeclaration() throws Exception {
        byte[] body = utf8("<br />\n<b>Warning</b>:  Cannot modify header information in <b>feed.php</b>\n"
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Blog</title>"
                + "<item><guid>urn:a</guid></item></channel></rss>");

        assertThat(parser.parse(body, null, FEED_URL).entries()).hasSize(1);
    }

    @Test
    void shouldIgnoreAtomLinksWithoutHref() throws Exception {
        byte[] body = utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"self\"/>"
                + "<entry><id>urn:a</id><link/><link href=\"https://example.org/a\"/></entry></feed>");

        assertThat(parser.parse(body, null, FEED_URL).entries()).singleElement()
                .extracting(FeedEntry::link).isEqualTo("https://example.org/a");
    }

    @Test
    void shouldNotRejectAFeedOverMalformedScheduleHints() throws Exception {
        byte[] body = utf8("<rss version=\"2.0\"><channel><ttl>20</ttl>"
                + "<skipHours><hour>7</hour><hour>seven</hour></skipHours><skipDays><day>Caturday</day></skipDays>"
                + "<cloud domain=\"rpc.example.com\" port=\"eighty\"/>"
                + "<item><guid>urn:a</guid></item></channel></rss>");

        ParsedFeed feed = parser.parse(body, null, FEED_URL);

        assertThat(feed.ttlMinutes()).isEqualTo(20);
        assertThat(feed.entries()).hasSize(1);
    }

    @Test
    void shouldResolveRelativeLinksAndStripTrackingParameters() throws Exception {
        byte[] body = utf8("<rss version=\"2.0\"><channel><item><title>a</title>"
                + "<link>/world/truce?id=7&amp;utm_source=rss&amp;fbclid=x#top</link></item></channel></rss>");

        assertThat(parser.parse(body, null, FEED_URL).entries().get(0).link())
                .isEqualTo("https://news.example.org/world/truce?id=7");
    }

    @Test
    void shouldReadATruncatedOrSloppyFeedLikeALooseParser() throws Exception {
        byte[] truncated = utf8("<rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Talks in Doha</title><guid>urn:1</guid></item>"
                + "<item><title>Second <b>bold</title><guid>urn:2</guid></item>"
                + "<item><title>cut off here");

        assertThat(parser.parse(truncated, null, FEED_URL).entries()).extracting(FeedEntry::guid)
                .startsWith("urn:1", "urn:2");
    }

    @Test
    void shouldRejectNonFeedsWithAOneLineReason() {
        assertThatThrownBy(() -> parser.parse(utf8("<html><body>\n<p>not a feed<br></p>\n</body></html>"), null,
                FEED_URL)).isInstanceOf(FeedParseException.class).hasMessage("an HTML page, not a feed");
        assertThatThrownBy(() -> parser.parse(utf8("<catalog><book>Dune</book></catalog>"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage("not a feed: Invalid document");
        assertThatThrownBy(() -> parser.parse(utf8("   \n"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class).hasMessage("empty document");
        assertThatThrownBy(() -> parser.parse(utf8("just some text"), null, FEED_URL))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("not well-formed XML:").hasMessageNotContaining("\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feed/" + name)) {
            if (in == null) {
                throw new IOException("missing test fixture /feed/" + name);
            }
            return in.readAllBytes();
        }
    }
}
