package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final String HEADLINE = "“Ceasefire” talks resume in Doha — café";

    @Test
    void shouldUseTheContentTypeCharset() {
        byte[] page = html("", HEADLINE).getBytes(WINDOWS_1252);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, "text/html; charset=windows-1252");

        assertThat(decoded.text()).contains(HEADLINE);
        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.CONTENT_TYPE);
    }

    @Test
    void shouldReadLatin1LabelsAsWindows1252AsBrowsersDo() {
        byte[] page = html("", HEADLINE).getBytes(WINDOWS_1252);

        assertThat(HtmlDecoder.decodeToString(page, "text/html; charset=ISO-8859-1")).contains(HEADLINE);
    }

    @Test
    void shouldLetAByteOrderMarkWinOverTheHeader() {
        byte[] body = html("", HEADLINE).getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, "text/html; charset=iso-8859-1");

        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.BOM);
        assertThat(decoded.text()).startsWith("<!DOCTYPE html>").contains(HEADLINE);
    }

    @Test
    void shouldDecodeUtf16WithItsByteOrderMark() {
        byte[] page = ("\uFEFF" + html("", HEADLINE)).getBytes(StandardCharsets.UTF_16LE);

        assertThat(HtmlDecoder.decodeToString(page, null)).startsWith("<!DOCTYPE html>").contains(HEADLINE);
    }

    @Test
    void shouldFindMetaCharset() {
        String headline = "停戦協議がドーハで再開";
        byte[] page = html("<meta charset=\"shift_jis\">", headline).getBytes(SHIFT_JIS);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, "text/html");

        assertThat(decoded.charset()).isEqualTo(SHIFT_JIS);
        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.META);
        assertThat(decoded.text()).contains(headline);
    }

    @Test
    void shouldFindTheCharsetOfAnHttpEquivMeta() {
        byte[] page = html("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'>", HEADLINE)
                .getBytes(WINDOWS_1252);

        assertThat(HtmlDecoder.decode(page, null).charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void shouldIgnoreAMetaCharsetInsideAComment() {
        byte[] page = html("<!-- <meta charset=\"koi8-r\"> -->", HEADLINE).getBytes(StandardCharsets.UTF_8);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, null);

        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.VALID_UTF8);
        assertThat(decoded.text()).contains(HEADLINE);
    }

    @Test
    void shouldSkipAnUnknownHeaderCharsetAndLookFurther() {
        byte[] page = html("<meta charset=\"utf-8\">", HEADLINE).getBytes(StandardCharsets.UTF_8);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, "text/html; charset=no-such-charset");

        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.META);
        assertThat(decoded.text()).contains(HEADLINE);
    }

    @Test
    void shouldTakeUndeclaredValidUtf8AsUtf8() {
        byte[] page = html("", HEADLINE).getBytes(StandardCharsets.UTF_8);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains(HEADLINE);
    }

    @Test
    void shouldFallBackToWindows1252ForUndeclaredBytesThatAreNotUtf8() {
        byte[] page = html("", HEADLINE).getBytes(WINDOWS_1252);

        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(page, "text/html");

        assertThat(decoded.source()).isEqualTo(HtmlDecoder.Source.FALLBACK);
        assertThat(decoded.text()).contains(HEADLINE);
    }

    @Test
    void shouldOnlyLookForMetaInTheFirstFourKilobytes() {
        String padding = "<!-- " + "x".repeat(HtmlDecoder.PRESCAN_BYTES) + " -->";
        byte[] page = ("<html><head>" + padding + "<meta charset=\"koi8-r\"></head><body>plain</body></html>")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlDecoder.decode(page, null).source()).isEqualTo(HtmlDecoder.Source.VALID_UTF8);
    }

    @Test
    void shouldIgnoreAMetaCharsetInACommentLeftOpenAtTheEndOfThePrescan() {
        String padding = "x".repeat(HtmlDecoder.PRESCAN_BYTES - 40);
        byte[] page = ("<html><head><!-- " + padding + "<meta charset=koi8-r> --></head><body>plain</body></html>")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(HtmlDecoder.decode(page, null).source()).isEqualTo(HtmlDecoder.Source.VALID_UTF8);
    }

    private static String html(String head, String headline) {
        return "<!DOCTYPE html><html><head>" + head + "<title>News</title></head><body><h1>" + headline
                + "</h1></body></html>";
    }
}
