package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repeated siblings that each lead with a linked headline over an excerpt are teasers, not the article. */
class TeaserCardTest {

    private static final String ARTICLE = "<p>The harbour authority approved the new ferry terminal on Thursday after"
            + " three years of planning, and building work is due to start in the spring.</p>"
            + "<p>The terminal will have room for two ships at once, a covered waiting hall and a bus stop at the"
            + " entrance, the authority's chair told reporters after the vote.</p>"
            + "<p>Residents of the old town had objected to the extra traffic, but the plan now sends lorries along"
            + " the new bypass instead of through the narrow streets by the market.</p>"
            + "<p>The cost, put at forty million, will be shared between the city, the region and the ferry"
            + " companies, which have agreed to pay higher harbour fees for twenty years.</p>";

    private static String excerpt(int i) {
        return "Story " + i + " of the week: the council's budget meeting ran late into the night as members argued"
                + " about the cost of the new school buildings, the bus subsidies for the villages and the repairs"
                + " to the sports hall, which has been closed since the storm damaged its roof in the autumn and"
                + " left the local clubs without anywhere to train for the rest of the season.";
    }

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldLeaveOutCardsWithLinkedHeadlinesAndLongExcerptsBesideTheArticle() {
        StringBuilder cards = new StringBuilder("<section class=\"more\">");
        for (int i = 0; i < 5; i++) {
            cards.append("<div class=\"card\"><h3><a href=\"/s/").append(i).append("\">Council budget story ")
                    .append(i).append("</a></h3><div class=\"excerpt\">").append(excerpt(i)).append("</div></div>");
        }
        String body = extractor.apply("<html><body><div class=\"wrap\"><div class=\"story\">" + ARTICLE + "</div>"
                + cards + "</section></div></body></html>");

        assertThat(body).contains("new ferry terminal", "higher harbour fees").doesNotContain("Story 1 of the week");
    }

    @Test
    void shouldLeaveOutAListOfItemsEachAHeadlineLinkOverASummary() {
        StringBuilder items = new StringBuilder("<ul>");
        for (int i = 0; i < 4; i++) {
            items.append("<li><div><h4 class=\"title\"><a href=\"/n/").append(i).append("\">Budget night, part ")
                    .append(i).append("</a></h4></div><p>").append(excerpt(i)).append("</p></li>");
        }
        String body = extractor.apply("<html><body><main><article>" + ARTICLE + "</article>" + items
                + "</ul></main></body></html>");

        assertThat(body).contains("new ferry terminal", "higher harbour fees").doesNotContain("Story 2 of the week");
    }

    @Test
    void shouldKeepSectionsOfTheArticleThatOpenWithALinkedSubheading() {
        String body = extractor.apply("<html><body><article><div class=\"part\"><h2><a href=\"/topic/ferries\">"
                + "Ferries</a></h2>" + ARTICLE + "</div></article></body></html>");

        assertThat(body).contains("new ferry terminal", "higher harbour fees");
    }
}
