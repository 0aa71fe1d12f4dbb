package io.newswire.alert.mail;

import static io.newswire.alert.mail.TestBulletins.SOURCE;
import static io.newswire.alert.mail.TestBulletins.alert;
import static io.newswire.alert.mail.TestBulletins.bulletin;
import static io.newswire.alert.mail.TestBulletins.change;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinEmailRendererTest {

    private static final List<String> GAZA = List.of("Israel", "Hamas");

    private final BulletinEmailRenderer renderer = new BulletinEmailRenderer("alerts@newswire.local", null);

    @Test
    void shouldNameTheMostImportantChangeInTheSubjectWhateverTheOrderOfTheAlerts() {
        assertThat(subject(bulletin("b1"))).isEqualTo("[Newswire] " + change(ChangeType.REVISION) + " (+3 more)");
        assertThat(subject(bulletin("b2", talks(ChangeType.NEW_VENUE), parties(), casualties(ChangeType.FIRST_FIGURE),
                talks(ChangeType.STATUS_CHANGE))))
                .isEqualTo("[Newswire] " + change(ChangeType.STATUS_CHANGE) + " (+3 more)");
        assertThat(subject(bulletin("b3", parties(), casualties(ChangeType.FIRST_FIGURE),
                talks(ChangeType.NEW_MEDIATOR))))
                .isEqualTo("[Newswire] " + change(ChangeType.NEW_MEDIATOR) + " (+2 more)");
        assertThat(subject(bulletin("b4", parties(), casualties(ChangeType.FIRST_FIGURE))))
                .isEqualTo("[Newswire] " + change(ChangeType.FIRST_FIGURE) + " (+1 more)");
        assertThat(subject(bulletin("b5", parties()))).isEqualTo("[Newswire] " + change(ChangeType.NEW_PARTY));
    }

    @Test
    void shouldGiveTheHeadlineThenWhatChangedThenTheQuotedEvidenceThenTheSourcesInBothBodies() {
        Email email = renderer.render(bulletin("b1"), "desk@example.org", "<id@newswire.local>");

        assertThat(email.text()).containsSubsequence(SOURCE.title(), "What changed:",
                "- " + change(ChangeType.REVISION) + "\n  Other sources: UN human rights office: 38,000 killed\n",
                "- " + change(ChangeType.STATUS_CHANGE), "- " + change(ChangeType.NEW_VENUE),
                "- " + change(ChangeType.NEW_PARTY), "Evidence:",
                "> Negotiators said the talks in Cairo had stalled on Tuesday.",
                "— France 24\n", "Sources:",
                "- France 24: Gaza truce talks stall in Cairo", "https://www.france24.example/gaza-talks?a=1&b=2");
        assertThat(email.html()).containsSubsequence("<h1", SOURCE.title(), "What changed",
                "<strong>" + change(ChangeType.REVISION) + "</strong>", change(ChangeType.STATUS_CHANGE),
                "Evidence", "<blockquote", "The Gaza Health Ministry said 40,500 people had been killed.",
                "— France 24</span>", "Sources",
                "href=\"https://www.france24.example/gaza-talks?a=1&amp;b=2\"");
        assertThat(email.messageId()).isEqualTo("<id@newswire.local>");
    }

    @Test
    void shouldSayThatNoSourceWasGivenForAnUnattributedFigureAndNeverNameAPlace() {
        AlertSource unnamed = new AlertSource(null, "Strikes hit Khartoum", "https://wire.example/1", "item-9",
                TestBulletins.AT);
        Alert figure = new Alert("c9", "story-9", "sudan", AlertKind.CASUALTIES, 1, "Strikes hit Khartoum",
                List.of("Casualties: 12 killed, no source given"),
                List.of("At least 12 people were killed in Khartoum on Monday."), List.of(unnamed), TestBulletins.AT,
                TestBulletins.AT, List.of("RSF"), List.of(new Development(
                        ChangeType.FIRST_FIGURE, AlertKind.CASUALTIES, "c9", "Casualties: 12 killed, no source given")),
                List.of());
        AlertBulletin bulletin = new AlertBulletin("b9", "item-9", "story-9", "sudan", "Strikes hit Khartoum",
                unnamed, figure.developments(), List.of(figure), List.of("RSF"), TestBulletins.AT);

        Email email = renderer.render(bulletin, "desk@example.org", "<id@x>");

        assertThat(email.subject()).isEqualTo("[Newswire] Casualties: 12 killed, no source given");
        assertThat(email.text()).contains("- Casualties: 12 killed, no source given",
                "> At least 12 people were killed in Khartoum on Monday.\n"
                        + "  — outlet not named\n",
                "- outlet not named: Strikes hit Khartoum");
        assertThat(email.text()).doesNotContain("Khartoum said", "— Khartoum", "- Khartoum");
        assertThat(email.html()).contains("no source given", "outlet not named");
    }

    @Test
    void shouldLayTheHtmlOutForPhonesAndDesktopsWithInlineStylesAndNoRemoteResources() {
        String html = renderer.render(bulletin("b1"), "desk@example.org", "<id@x>").html();

        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "max-width:600px", "width=\"100%\"", "style=\"");
        assertThat(html.toLowerCase()).doesNotContain("<img", "src=", "<link", "<style", "url(", "@import",
                "<script", "<iframe", "<object", "background-image");
    }

    @Test
    void shouldEscapeMarkupFromArticlesAndNeverLinkANonWebAddress() {
        AlertSource hostile = new AlertSource("Wire <b>", "<script>alert(1)</script> & \"more\"",
                "javascript:alert(1)", "item-6", TestBulletins.AT);
        Alert alert = alert("a6", AlertKind.TALKS, "israel-gaza", GAZA,
                List.of("He said \"<i>talks</i> are over\" & left."), ChangeType.STATUS_CHANGE);
        AlertBulletin bulletin = new AlertBulletin("b6", "item-6", "story-6", "israel-gaza",
                "<script>alert(1)</script> & \"more\"", hostile, alert.developments(), List.of(alert), GAZA,
                TestBulletins.AT);

        Email email = renderer.render(bulletin, "desk@example.org", "<id@x>");

        assertThat(email.html()).doesNotContain("<script>", "<i>", "<b>", "javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;",
                        "He said &quot;&lt;i&gt;talks&lt;/i&gt; are over&quot; &amp; left.", "Wire &lt;b&gt;");
        assertThat(email.text()).contains("<script>alert(1)</script> & \"more\"").doesNotContain("javascript:");
    }

    @Test
    void shouldOfferUnsubscribingByMailAndOneClickWhenConfigured() {
        Email plain = renderer.render(bulletin("b1"), "desk@example.org", "<id@x>");
        assertThat(plain.headers()).containsEntry("List-Unsubscribe",
                "<mailto:unsubscribe@newswire.local?subject=unsubscribe%20desk%40example.org>");
        assertThat(plain.text()).contains("Unsubscribe: mailto:unsubscribe@newswire.local");

        BulletinEmailRenderer withUrl = new BulletinEmailRenderer("alerts@newswire.local",
                "https://newswire.example/unsub");
        assertThat(withUrl.render(bulletin("b1"), "desk@example.org", "<id@x>").headers())
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .hasEntrySatisfying("List-Unsubscribe", v -> assertThat(v)
                        .startsWith("<https://newswire.example/unsub?address=desk%40example.org>"));
    }

    @Test
    void shouldPutEveryArticleOfADigestInOneEmail() {
        Email digest = renderer.renderDigest(List.of(bulletin("b1"), bulletin("b2", parties())), "desk@example.org",
                Instant.parse("2024-08-15T10:00:00Z"), Instant.parse("2024-08-15T10:30:00Z"), "<d@x>");

        assertThat(digest.subject())
                .isEqualTo("[Newswire] Digest: 2 articles, 2024-08-15 10:00 UTC – 2024-08-15 10:30 UTC");
        assertThat(digest.text().split("What changed:", -1)).hasSize(3);
        assertThat(digest.html().split("What changed", -1)).hasSize(3);
    }

    @Test
    void shouldTellDigestsOfIntervalsShorterThanAMinuteApartInTheSubject() {
        Instant start = Instant.parse("2024-08-15T10:00:04Z");

        assertThat(renderer.renderDigest(List.of(bulletin("b1")), "desk@example.org", start, start.plusSeconds(4),
                "<d@x>").subject())
                .isEqualTo("[Newswire] Digest: 1 article, 2024-08-15 10:00:04 UTC – 2024-08-15 10:00:08 UTC");
    }

    private String subject(AlertBulletin bulletin) {
        return renderer.render(bulletin, "desk@example.org", "<id@x>").subject();
    }

    private static Alert talks(ChangeType type) {
        return alert("talks-" + type, AlertKind.TALKS, "israel-gaza", GAZA, List.of(), type);
    }

    private static Alert casualties(ChangeType type) {
        return alert("casualties-" + type, AlertKind.CASUALTIES, "israel-gaza", GAZA, List.of(), type);
    }

    private static Alert parties() {
        return alert("parties", AlertKind.PARTIES, "israel-gaza", GAZA, List.of(), ChangeType.NEW_PARTY);
    }
}
