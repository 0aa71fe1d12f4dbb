package io.newswire.alert.mail;

import static io.newswire.alert.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Alert;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEmailRendererTest {

    private final AlertEmailRenderer renderer = new AlertEmailRenderer("alerts@newswire.local", null);

    @Test
    void shouldSayWhatChangedWithEvidenceAndSourcesInBothBodies() {
        Email email = renderer.render(alert("a1"), "desk@example.org", "<id@newswire.local>");

        assertThat(email.subject()).isEqualTo("[Newswire] Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry");
        assertThat(email.text()).contains("Gaza ceasefire talks resume in Doha", "What changed:",
                "- Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry",
                "> A source confirmed the talks had begun in the Qatari capital Doha.",
                "France 24", "https://www.france24.example/gaza-talks?a=1&b=2");
        assertThat(email.html()).contains("<strong>Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry</strong>",
                "<blockquote>A source confirmed", "href=\"https://www.france24.example/gaza-talks?a=1&amp;b=2\"");
        assertThat(email.messageId()).isEqualTo("<id@newswire.local>");
    }

    @Test
    void shouldEscapeMarkupFromArticlesInHtml() {
        Alert alert = alert("a1");
        Alert hostile = new Alert(alert.alertId(), alert.storyId(), alert.conflict(), alert.kind(), 1,
                "<script>alert(1)</script>", alert.changes(), alert.evidence(), alert.sources(), alert.firstSeen(),
                alert.updatedAt(), alert.parties());

        assertThat(renderer.render(hostile, "desk@example.org", "<id@x>").html())
                .doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void shouldOfferUnsubscribingByMailAndOneClickWhenConfigured() {
        assertThat(renderer.render(alert("a1"), "desk@example.org", "<id@x>").headers())
                .containsEntry("List-Unsubscribe",
                        "<mailto:unsubscribe@newswire.local?subject=unsubscribe%20desk%40example.org>");

        AlertEmailRenderer withUrl = new AlertEmailRenderer("alerts@newswire.local", "https://newswire.example/unsub");
        assertThat(withUrl.render(alert("a1"), "desk@example.org", "<id@x>").headers())
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .hasEntrySatisfying("List-Unsubscribe", v -> assertThat(v)
                        .startsWith("<https://newswire.example/unsub?address=desk%40example.org>"));
    }

    @Test
    void shouldPutEveryAlertOfADigestInOneEmail() {
        Email digest = renderer.renderDigest(List.of(alert("a1"), alert("a2")), "desk@example.org",
                Instant.parse("2024-08-15T10:00:00Z"), Instant.parse("2024-08-15T10:30:00Z"), "<d@x>");

        assertThat(digest.subject()).isEqualTo("[Newswire] Digest: 2 alerts, 2024-08-15 10:00 UTC – 2024-08-15 10:30 UTC");
        assertThat(digest.text().split("What changed:", -1)).hasSize(3);
    }
}
