package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title without a proper end tag swallows the page as raw text; the page is read again with it closed. */
class UnclosedTitleTest {

    private static final String STORY = "<div class=\"story\"><p>Rescue teams reached the flooded village on Sunday"
            + " after the water level in the river fell by almost a metre overnight, officials said.</p>"
            + "<p>About two hundred people spent the night in the school gym, and the army brought in drinking"
            + " water, blankets and a field kitchen for the families who lost their homes.</p></div>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldReadTheBodyWhenTheTitleEndTagIsMisspelt() {
        Extraction result = extractor.extract("<html><head><title id=\"t\">Floods in the valley</titlevalue=\"true\""
                + " --><meta name=\"x\" content=\"y\"></head><body>" + STORY + "</body></html>", "");

        assertThat(result.body()).contains("Rescue teams reached", "field kitchen");
        assertThat(result.title()).isEqualTo("Floods in the valley");
    }

    @Test
    void shouldReadTheBodyWhenThePageWasCutInsideItsTitle() {
        Extraction result = extractor.extract("<HTML><HEAD><TITLE>Floods in the val<SCRIPT>var ads = 1;</SCRIPT>"
                + "</HEAD><BODY><TABLE><TR><TD>" + STORY + "</TD></TR></TABLE></BODY></HTML>", "");

        assertThat(result.body()).contains("Rescue teams reached", "field kitchen");
    }

    @Test
    void shouldLeaveASoundTitleAlone() {
        String page = "<html><head><title>Floods &lt;live&gt;</title></head><body>" + STORY + "</body></html>";

        assertThat(UnclosedTitle.repair(page, org.jsoup.Jsoup.parse(page))).isNull();
    }
}
