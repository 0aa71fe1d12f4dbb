package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A class word naming furniture must not cost the page its article: the limits of the class/id verdicts. */
class FurnitureVerdictTest {

    private static final String STORY_1 = "<p>The council voted on Tuesday evening to close the old bridge for repairs,"
            + " after engineers found cracks in two of its supporting piers during a routine inspection.</p>";
    private static final String STORY_2 = "<p>Drivers will be sent along the ring road for at least four months, and"
            + " the bus company said it would add extra services to the eastern districts from next week.</p>";
    private static final String STORY_3 = "<p>Shop owners near the bridge said they feared losing customers during the"
            + " busiest season of the year, and asked the council for help with their rents.</p>";
    private static final String ABOUT = "<div class=\"about\"><p>The Valley Courier is an independent local newspaper"
            + " founded in 1921 and published every weekday morning. We cover the council, the courts, schools and"
            + " sport in the valley, and we welcome letters from readers on every subject that matters to them.</p>"
            + "</div>";

    /** The story again, reworded: a page whose article is much longer than its "about us" block. */
    private static final String MORE = STORY_1.replace("Tuesday", "Monday").replace("cracks", "rust")
            + STORY_2.replace("four", "six") + STORY_3.replace("rents", "taxes");

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldKeepAnArticleInsideAWrapperNamedLikeAMenuWhenItHoldsMostOfThePagesProse() {
        String body = extractor.apply("<html><body><div class=\"site-menu-wrapper\"><article>" + STORY_1 + STORY_2
                + STORY_3 + MORE + "</article></div>" + ABOUT + "</body></html>");

        assertThat(body).contains("cracks in two", "ring road", "help with their rents")
                .doesNotContain("independent local newspaper");
    }

    @Test
    void shouldKeepALayoutTableNamedSidebarWhenItHoldsMostOfThePagesProse() {
        String body = extractor.apply("<html><body><table class=\"sidebar-layout\"><tr><td>"
                + STORY_1.replace("<p>", "").replace("</p>", "<br><br>")
                + STORY_2.replace("<p>", "").replace("</p>", "<br><br>")
                + STORY_3.replace("<p>", "").replace("</p>", "") + "</td></tr></table>" + ABOUT + "</body></html>");

        assertThat(body).contains("cracks in two", "ring road", "help with their rents");
    }

    @Test
    void shouldKeepAFurnitureNamedWrapperThatHoldsTheElementNamedAsTheArticleBody() {
        String body = extractor.apply("<html><body><div class=\"overlay\"><div class=\"article-body\">" + STORY_1
                + STORY_2 + MORE + "</div></div>" + ABOUT + "</body></html>");

        assertThat(body).contains("cracks in two", "ring road", "rust in two")
                .doesNotContain("independent local newspaper");
    }

    @Test
    void shouldKeepAWrapperNamedSocialThatHoldsMicrodataOfTheArticleBody() {
        String body = extractor.apply("<html><body><section id=\"social-embed-frame\"><div itemprop=\"articleBody\">"
                + "<div>" + STORY_1 + "</div><div>" + STORY_3 + "</div></div></section>" + ABOUT + ABOUT + ABOUT
                + "</body></html>");

        assertThat(body).contains("cracks in two", "help with their rents");
    }

    @Test
    void shouldTryAgainWithoutClassVerdictsWhenTheStoryIsInNestedBoxesNamedLikePopups() {
        String body = extractor.apply("<html><body><nav><a href=/>Home</a></nav>"
                + "<div class=\"modal\"><div class=\"modal-dialog\"><div class=\"popup-text\">" + STORY_1 + STORY_3
                + "</div></div></div></body></html>");

        assertThat(body).contains("cracks in two", "help with their rents");
    }

    @Test
    void shouldTryAgainWithoutClassVerdictsWhenTheStoryIsAPhotoCaptionInsideAnOverlay() {
        Extraction result = extractor.extract("<html><body><div class=\"gallery-overlay\"><img src=a.jpg>"
                + "<div class=\"caption\"><div>" + STORY_1.replace("p>", "span>") + "</div><div>"
                + STORY_2.replace("p>", "span>") + "</div></div></div></body></html>", "");

        assertThat(result.status()).isEqualTo(Extraction.Status.OK);
        assertThat(result.body()).contains("cracks in two", "ring road");
    }

    @Test
    void shouldStillLeaveOutTheCommentsUnderAnArticle() {
        StringBuilder comments = new StringBuilder("<div class=\"comments\">");
        for (int i = 0; i < 6; i++) {
            comments.append("<div class=\"comment\"><p>Reader ").append(i).append(" thinks the council should have")
                    .append(" repaired the bridge years ago, when the first cracks were reported by neighbours.</p>")
                    .append("</div>");
        }
        String body = extractor.apply("<html><body><article>" + STORY_1 + STORY_2 + STORY_3 + "</article>"
                + comments + "</div></body></html>");

        assertThat(body).contains("cracks in two").doesNotContain("Reader 1");
    }
}
