package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules of the extractor, each on a small page written for it. */
class ArticleExtractorTest {

    private static final String PARA_A = "<p>The delegations met on Thursday in the Qatari capital, where mediators "
            + "from Egypt and the United States presented a revised proposal for a phased truce.</p>";
    private static final String PARA_B = "<p>Officials said the talks would continue next week, although neither side "
            + "has yet agreed to the sequence of releases proposed by the mediators.</p>";
    private static final String PARA_C = "<p>Aid agencies warned that the humanitarian situation continued to worsen, "
            + "with shortages of fuel, medicine and clean water reported across the territory.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String body(String html) {
        return extractor.apply(html);
    }

    @Test
    void shouldKeepSubheadingsQuotesListsAndTablesOfTheBody() {
        String body = body("<html><body><article><div class=\"article-body\">" + PARA_A
                + "<h2>What the proposal says</h2>" + PARA_B
                + "<blockquote>We are closer than ever to a deal, a senior official said.</blockquote>"
                + "<ul><li>A six-week pause in fighting</li><li>Release of hostages in stages</li></ul>"
                + "<table><tr><th>Phase</th><th>Weeks</th></tr><tr><td>First</td><td>6</td></tr></table>"
                + PARA_C + "</div></article></body></html>");

        assertThat(body).contains("What the proposal says", "We are closer than ever", "A six-week pause in fighting",
                "Release of hostages in stages", "Phase", "First", "mediators from Egypt", "clean water");
    }

    @Test
    void shouldLeaveOutHeadlineBylineDateAndCaptions() {
        String body = body("<html><head><title>Talks resume in Doha</title></head><body><article>"
                + "<h1>Talks resume in Doha</h1><p class=\"byline\">By Jane Reporter</p><time>Aug 15</time>"
                + "<figure><img src=a.jpg><figcaption>Delegates arrive in Doha.</figcaption></figure>"
                + PARA_A + PARA_B + "</article></body></html>");

        assertThat(body).startsWith("The delegations met").doesNotContain("Talks resume", "Jane Reporter", "Aug 15",
                "Delegates arrive");
    }

    @Test
    void shouldLeaveOutASubheadingThatRepeatsTheTitle() {
        String body = body("<html><head><title>Talks resume in Doha | Daily News</title></head><body><div>"
                + "<h2>Talks resume in Doha</h2>" + PARA_A + PARA_B + "</div></body></html>");

        assertThat(body).startsWith("The delegations met");
    }

    @Test
    void shouldLeaveOutMenusShareBarsAndFooters() {
        String body = body("<html><body><nav><a href=/>Home</a><a href=/world>World</a></nav>"
                + "<div class=\"share-tools\"><a href=#>Facebook</a><a href=#>Twitter</a></div>"
                + "<div>" + PARA_A + "<p>Share this article</p>" + PARA_B + "</div>"
                + "<footer><p>Copyright 2024 Daily News, all rights reserved worldwide.</p></footer></body></html>");

        assertThat(body).contains("mediators from Egypt", "sequence of releases")
                .doesNotContain("Home", "Facebook", "Share this article", "Copyright");
    }

    @Test
    void shouldJoinABodySplitAcrossSiblingBlocks() {
        String body = body("<html><body><div class=\"story\"><div class=\"text\">" + PARA_A + PARA_B + "</div>"
                + "<div class=\"ad-slot\">Advertisement</div>"
                + "<div class=\"text\">" + PARA_C + "</div></div></body></html>");

        assertThat(body).contains("mediators from Egypt", "sequence of releases", "clean water")
                .doesNotContain("Advertisement");
    }

    @Test
    void shouldPreferTheArticleOverAListOfTeasersWithBlurbs() {
        StringBuilder teasers = new StringBuilder("<section class=\"latest\">");
        for (int i = 0; i < 8; i++) {
            teasers.append("<div class=\"card\"><h3><a href=\"/story/").append(i).append("\">Another story number ")
                    .append(i).append(" about the region</a></h3><p>A short summary of another story that readers")
                    .append(" may also want to read after this one.</p></div>");
        }
        String body = body("<html><body><div class=\"main\">" + PARA_A + PARA_B + "</div>"
                + teasers + "</section></body></html>");

        assertThat(body).contains("mediators from Egypt", "sequence of releases").doesNotContain("Another story");
    }

    @Test
    void shouldKeepAWrapperWhoseClassLooksLikeFurnitureWhenItHoldsTheArticle() {
        String body = body("<html><body><div class=\"page-content paywall\"><div class=\"text\">"
                + PARA_A + PARA_B + PARA_C + PARA_A.replace("Thursday", "Friday") + PARA_B.replace("week", "month")
                + PARA_C.replace("fuel", "food") + PARA_A.replace("Thursday", "Monday")
                + PARA_B.replace("week", "year") + PARA_C.replace("fuel", "power")
                + PARA_A.replace("Thursday", "Sunday")
                + "</div></div><div class=\"sidebar\"><p>Most read: a list of other stories</p></div></body></html>");

        assertThat(body).contains("mediators from Egypt", "shortages of food").doesNotContain("Most read");
    }

    @Test
    void shouldFlagAPageOfLinksAsNotAnArticle() {
        StringBuilder links = new StringBuilder("<html><body><main><ul>");
        for (int i = 0; i < 50; i++) {
            links.append("<li><a href=\"/story/").append(i).append("\">Headline number ").append(i)
                    .append(" about the ceasefire talks</a></li>");
        }
        Extraction result = extractor.extract(links.append("</ul></main></body></html>").toString(), "");

        assertThat(result.status()).isEqualTo(Extraction.Status.NOT_AN_ARTICLE);
        assertThat(result.body()).isEmpty();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void shouldFlagASectionFrontOfTeasersAsNotAnArticle() {
        StringBuilder page = new StringBuilder("<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
                + "<main><h1>World</h1>");
        for (int i = 0; i < 20; i++) {
            page.append("<div class=\"card\"><h3><a href=\"/s/").append(i).append("\">Headline number ").append(i)
                    .append(" about talks in the region</a></h3><p>A summary of the story in one or two sentences,")
                    .append(" telling readers what happened and why it matters.</p></div>");
        }
        Extraction result = extractor.extract(page.append("</main></body></html>").toString(), "");

        assertThat(result.status()).isEqualTo(Extraction.Status.NOT_AN_ARTICLE);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void shouldLeaveOutACommentThread() {
        String body = body("<html><body><article>" + PARA_A + PARA_B + PARA_C + "</article>"
                + "<ol class=\"commentlist\"><li><p>I think the mediators should publish the full text of the "
                + "proposal so that everyone can judge it, and I said so last week as well.</p></li>"
                + "<li><p>Nothing will change until the fighting stops, and everyone here knows that perfectly "
                + "well, whatever the officials say.</p></li></ol></body></html>");

        assertThat(body).contains("clean water").doesNotContain("publish the full text", "Nothing will change");
    }

    @Test
    void shouldSeparateBlocksSoWordsOfNeighbouringBlocksDoNotMerge() {
        String body = body("<html><body><div>" + PARA_A + "<div>Gaza</div><div>Doha</div>" + PARA_B
                + "</div></body></html>");

        assertThat(body).doesNotContain("GazaDoha").contains("truce.\n\nGaza\n\nDoha");
    }

    @Test
    void shouldTakeTheFirstOfSeveralFullArticlesSideBySide() {
        String first = "<article><h2>First post</h2>" + PARA_A + PARA_B + PARA_C + PARA_A.replace("Thursday", "Friday")
                + "</article>";
        String second = "<article><h2>Next post</h2>" + PARA_C.replace("fuel", "food") + PARA_B.replace("week", "month")
                + PARA_A.replace("Thursday", "Monday") + PARA_C.replace("fuel", "power") + "</article>";
        String body = body("<html><body><div id=\"posts\">" + first + second + "</div></body></html>");

        assertThat(body).contains("mediators from Egypt", "met on Friday").doesNotContain("food", "month", "Monday");
    }

    @Test
    void shouldFallBackToTheJsonLdArticleBodyWhenTheMarkupHoldsNoText() {
        String stated = (PARA_A + PARA_B + PARA_C + PARA_A).replaceAll("</?p>", " ").strip();
        Extraction result = extractor.extract("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + stated + "\"}</script></head>"
                + "<body><div id=\"app\"></div></body></html>", "");

        assertThat(result.status()).isEqualTo(Extraction.Status.OK);
        assertThat(result.body()).isEqualTo(stated);
        assertThat(result.reason()).contains("JSON-LD");
    }
}
