package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Links running through a paragraph (names, hover cards) do not make it noise, and posts embedded in the story
 * stay in it whatever their wrapper is called.
 */
class InlineLinksAndEmbedsTest {

    private static final String DISCLAIMER = "<div class=\"policy\"><p>Listings on this site are provided for"
            + " information only. The publisher does not endorse the events listed here and accepts no"
            + " responsibility for changes made by the organisers after publication, including changes of date,"
            + " venue or price.</p></div>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String hoverCard(String name) {
        String person = "<a href=\"/people/" + name + "\">";
        return "<span class=\"hover-card\">" + person + name + "</a><span class=\"card-body\">" + person
                + "Follow " + name + "</a> " + person + "All stories about " + name + "</a></span></span>";
    }

    @Test
    void shouldCountParagraphsWithHoverCardsOnNamesAsProse() {
        String body = extractor.apply("<html><body><div class=\"story\"><p>The festival opened on Friday with"
                + " a concert by " + hoverCard("Ada Brandt") + " and " + hoverCard("Tomas Lind") + ", who played to a"
                + " full hall for more than two hours before the rain started.</p><p>Organisers said "
                + hoverCard("Mira Holm") + " would close the festival on Sunday evening, after the dance programme"
                + " and the children's choir in the park.</p><p>More than twenty thousand visitors are expected over"
                + " the three days, and the town has opened two extra car parks near the station.</p></div>"
                + DISCLAIMER + "</body></html>");

        assertThat(body).contains("The festival opened on Friday", "close the festival on Sunday");
    }

    @Test
    void shouldCountAParagraphThatNamesManyLinkedPerformersAsProse() {
        String body = extractor.apply("<html><body><article><section><p>The benefit concert will include"
                + " performances by <a href=/p/1>Jenna Stone</a>, <a href=/p/2>Hunter Gray</a>, <a href=/p/3>Will"
                + " Bloom</a>, <a href=/p/4>Hannah Ellis</a>, <a href=/p/5>Lora Lee</a> and <a href=/p/6>Zak"
                + " Reed</a>. Additional performers will be announced shortly, the organisers said.</p>"
                + "<p>Tickets go on sale on Monday at the theatre's box office, and all proceeds will go to the"
                + " families who lost their homes in the storm last month.</p></section></article>" + DISCLAIMER
                + "</body></html>");

        assertThat(body).contains("The benefit concert will include", "Zak Reed");
    }

    private static final String STORY = "<p>The minister announced the new rail timetable on Wednesday, promising"
            + " more trains between the two cities and fewer cancellations during the winter months.</p>"
            + "<p>Passenger groups welcomed the plan but said the fares, which rise by four percent in January, were"
            + " still too high for people who travel every day.</p>";

    @Test
    void shouldKeepAnEmbeddedPostUnderASocialWrapperInsideTheStory() {
        String body = extractor.apply("<html><body><article>" + STORY + "<div class=\"social-embed\">"
                + "<blockquote class=\"twitter-tweet\"><p>Finally some good news for commuters on the northern line"
                + " this winter</p>&mdash; Rail Users (@railusers) <a href=\"https://x.example/status/1\">"
                + "March 3, 2021</a></blockquote></div>" + STORY.replace("Wednesday", "Thursday") + "</article>"
                + "</body></html>");

        assertThat(body).contains("Finally some good news for commuters", "announced the new rail timetable");
    }

    @Test
    void shouldKeepAQuotedPostInASharingFrameInsideTheStory() {
        String body = extractor.apply("<html><body><div class=\"entry\">" + STORY + "<figure class=\"share-frame"
                + "\"><blockquote><div>We will be running extra trains on all routes from the first of December,"
                + " details on our website.</div><div><a href=\"https://posts.example/railco/9\">RailCo on"
                + " Posts</a></div></blockquote></figure>" + STORY.replace("Wednesday", "Friday") + "</div>"
                + "</body></html>");

        assertThat(body).contains("We will be running extra trains", "announced the new rail timetable");
    }
}
