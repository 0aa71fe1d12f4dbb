package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hostile input comes back as an empty or partial body with a status and a reason, never as an exception. */
class BadInputTest {

    private static final String PARAGRAPH = "<p>The talks resumed in Doha on Thursday, and mediators from Qatar and "
            + "Egypt met both delegations to discuss the terms of a phased ceasefire.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldReportEmptyInput() {
        assertThat(extractor.extract(null, null).status()).isEqualTo(Extraction.Status.EMPTY_INPUT);
        assertThat(extractor.extract("  \n ", "").status()).isEqualTo(Extraction.Status.EMPTY_INPUT);
        assertThat(extractor.apply("")).isEmpty();
    }

    @Test
    void shouldRejectBinaryInput() {
        char[] bytes = new char[100_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (char) ((i * 31 + 7) % 256);
        }
        Extraction result = extractor.extract(new String(bytes), "");

        assertThat(result.status()).isEqualTo(Extraction.Status.NOT_HTML);
        assertThat(result.body()).isEmpty();
        assertThat(result.reason()).contains("binary");
    }

    @Test
    void shouldReturnThePartialBodyOfATruncatedPage() {
        String page = "<html><body><article>" + PARAGRAPH.repeat(6) + "</article></body></html>";
        Extraction result = extractor.extract(page.substring(0, page.length() / 2), "");

        assertThat(result.status()).isEqualTo(Extraction.Status.TRUNCATED);
        assertThat(result.body()).startsWith("The talks resumed");
        assertThat(result.reason()).contains("ends before");
    }

    @Test
    void shouldCutAPageLargerThanTheLimitAndSaySo() {
        StringBuilder page = new StringBuilder("<html><body><article>");
        while (page.length() < 20_000_000) {
            page.append(PARAGRAPH);
        }
        Extraction result = extractor.extract(page.append("</article></body></html>").toString(), "");

        assertThat(result.status()).isEqualTo(Extraction.Status.TRUNCATED);
        assertThat(result.body()).startsWith("The talks resumed").hasSizeLessThan(InputScreen.MAX_CHARS);
        assertThat(result.reason()).contains("cut");
    }

    @Test
    void shouldSurviveAHundredThousandNestedElements() {
        String page = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH + "</div>".repeat(100_000)
                + "</body></html>";
        Extraction result = extractor.extract(page, "");

        assertThat(result.status()).isIn(Extraction.Status.TRUNCATED, Extraction.Status.NOT_AN_ARTICLE);
        assertThat(result.reason()).contains("nested deeper than");
    }

    @Test
    void shouldReportTextWithoutMarkupAsNotHtml() {
        Extraction result = extractor.extract("just some words, no tags at all", "");

        assertThat(result.status()).isEqualTo(Extraction.Status.NOT_HTML);
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void shouldFlagAnErrorPageAsNotAnArticle() {
        Extraction result = extractor.extract("<html><head><title>404 Not Found</title></head><body>"
                + "<h1>Page not found</h1><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>", "");

        assertThat(result.status()).isEqualTo(Extraction.Status.NOT_AN_ARTICLE);
        assertThat(result.body()).isEmpty();
    }
}
