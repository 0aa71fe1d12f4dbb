package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body split over sibling containers is written whole, without the blocks beside it that are not the story. */
class SiblingMergeTest {

    private static final String LEAD = "<p>The mayor read a long statement to the court on Monday, the first time she"
            + " had spoken in public since the verdict, and reporters were allowed to print it in full.</p>";
    private static final String QUOTE = "<blockquote><p>I stand here today to speak for the families who lost their"
            + " homes in the fire, and for the firefighters who worked through the night to save the rest of the"
            + " street.</p><p>We asked for help for years. We were told the money was not there. We were told the"
            + " buildings were safe. We were told to wait, and we waited, and then the fire came.</p><p>Nothing said"
            + " in this room will bring back what was lost, but the city can still choose to do what is right for"
            + " those who are left, and it must start this week.</p><p>I ask the council to rebuild the street, to"
            + " pay for the families to live somewhere safe until then, and to publish every report on the"
            + " buildings that it has kept from them for all these years.</p></blockquote>";
    private static final String CLOSE = "<p>The council is due to vote on the rebuilding plan next month, and the"
            + " families said they would attend the meeting together to hear the decision.</p>";

    /** A quotation much longer than the paragraphs around it, so its own element holds most of the prose. */
    private static final String LONG_QUOTE = "<blockquote>" + QUOTE.replaceAll("</?blockquote>", "")
            + QUOTE.replaceAll("</?blockquote>", "").replace("fire", "flood")
            + QUOTE.replaceAll("</?blockquote>", "").replace("council", "state") + "</blockquote>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldKeepTheParagraphsAroundALongQuotation() {
        String body = extractor.apply("<html><body><div class=\"post\">" + LEAD + LONG_QUOTE + CLOSE
                + "</div></body></html>");

        assertThat(body).contains("first time she had spoken", "families who lost their homes", "vote on the");
    }

    @Test
    void shouldKeepTheBlocksAroundAQuotationWrittenAsDivsInsideATableCell() {
        String body = extractor.apply("<html><body><table><tr><td><div>" + LEAD.replaceAll("</?p>", "") + "</div>"
                + LONG_QUOTE + "<p>" + CLOSE.replaceAll("</?p>", "") + "</p></td><td><a href=/a>Sports</a></td></tr>"
                + "</table></body></html>");

        assertThat(body).contains("families who lost their homes", "vote on the rebuilding plan");
    }

    @Test
    void shouldJoinBodyChunksThatRepeatInGridCellsBesideAdRails() {
        String chunk = "<div class=\"grid-row\"><div class=\"story-chunk\">%s</div><div class=\"ad-rail\">"
                + "<span>Advertisement</span></div></div>";
        String body = extractor.apply("<html><body><main><h1>Fire</h1>"
                + String.format(chunk, LEAD + QUOTE.replaceAll("</?blockquote>", ""))
                + String.format(chunk, CLOSE) + "</main></body></html>");

        assertThat(body).contains("first time she had spoken", "publish every report", "vote on the rebuilding plan")
                .doesNotContain("Advertisement");
    }

    @Test
    void shouldJoinSectionsOfTheSameClassCutByANewsletterBox() {
        String body = extractor.apply("<html><body><article><section class=\"body-part\">" + LEAD
                + QUOTE.replaceAll("</?blockquote>", "") + "</section><div class=\"newsletter-signup\"><p>Get our"
                + " daily briefing in your inbox every morning, free.</p></div><section class=\"body-part\">" + CLOSE
                + "</section></article></body></html>");

        assertThat(body).contains("first time she had spoken", "vote on the rebuilding plan")
                .doesNotContain("daily briefing");
    }

    @Test
    void shouldNotTakeInAnAboutBlockBesideTheArticlesWrapper() {
        String body = extractor.apply("<html><body><div class=\"page\"><div class=\"content\"><article>" + LEAD
                + QUOTE + CLOSE + "</article></div><div class=\"about-us\"><p>The Harbour Times has reported on the"
                + " city since 1887. Our newsroom is funded by readers, and we never take money from the companies"
                + " we write about.</p></div></div></body></html>");

        assertThat(body).contains("first time she had spoken", "vote on the rebuilding plan")
                .doesNotContain("Harbour Times");
    }

    @Test
    void shouldNotJoinAParagraphThatHoldsATableOfSiteNotices() {
        String body = extractor.apply("<html><body><div>" + LEAD + LONG_QUOTE + "<p><table><tr><td>Copyright"
                + " and trade mark notice: all material on this site is owned by or licensed to the Harbour Times"
                + " group, and may not be copied without written permission.</td></tr></table></p></div></body>"
                + "</html>");

        assertThat(body).contains("first time she had spoken").doesNotContain("trade mark notice");
    }

    @Test
    void shouldNotJoinAnIndentedBlockThatHoldsBlocksOfSiteNotices() {
        String body = extractor.apply("<html><body><section>" + LEAD + LONG_QUOTE + "<blockquote><div>Terms of"
                + " use: readers may share links to our stories, but reprinting whole articles requires a licence"
                + " from our syndication desk.</div><div>Our privacy statement explains what we store.</div>"
                + "</blockquote></section></body></html>");

        assertThat(body).contains("first time she had spoken").doesNotContain("reprinting whole articles");
    }
}
