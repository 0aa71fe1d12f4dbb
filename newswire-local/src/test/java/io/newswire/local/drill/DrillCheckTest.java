package io.newswire.local.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.alert.mail.MessageIds;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillCheckTest {

    private static final String FROM = "alerts@newswire.local";
    private static final List<String> SUBSCRIBERS = List.of("a@newswire.local", "b@newswire.local");

    @Test
    void shouldPassWhenEveryStageHasEachKeyOnce() {
        List<DrillCheck.Stage> stages = check(List.of(raw("1"), raw("2")), List.of(article("1"), article("2")),
                List.of(alert("x", 1, "New venue: Oslo"), alert("x", 2, "New venue: Oslo")), mails("x"));

        assertThat(stages).allSatisfy(stage -> assertThat(stage.passed()).as(stage.name()).isTrue());
    }

    @Test
    void shouldCountARawRecordWrittenTwiceAsDuplicated() {
        DrillCheck.Stage ingest = check(List.of(raw("1"), raw("2"), raw("2")), List.of(article("1"), article("2")),
                List.of(alert("x", 1, "New venue: Oslo")), mails("x")).get(0);

        assertThat(ingest.duplicated()).isEqualTo(1);
        assertThat(ingest.lost()).isZero();
        assertThat(ingest.examples()).containsExactly("repeated: /feed/page-2.html x2");
    }

    @Test
    void shouldCountAnItemWithoutArticleAsLost() {
        DrillCheck.Stage enrich = check(List.of(raw("1"), raw("2")), List.of(article("1")),
                List.of(alert("x", 1, "New venue: Oslo")), mails("x")).get(1);

        assertThat(enrich.lost()).isEqualTo(1);
        assertThat(enrich.passed()).isFalse();
    }

    @Test
    void shouldCountANewVenueWithoutAlertAsLost() {
        DrillCheck.Stage venues = check(List.of(raw("1"), raw("2")), List.of(article("1"), article("2")),
                List.of(alert("x", 1, "Talks resumed")), mails("x")).get(2);

        assertThat(venues.lost()).isEqualTo(1);
        assertThat(venues.examples()).containsExactly("lost: Oslo");
    }

    @Test
    void shouldCountAFirstVersionEmittedTwiceAsDuplicated() {
        DrillCheck.Stage alerts = check(List.of(raw("1"), raw("2")), List.of(article("1"), article("2")),
                List.of(alert("x", 1, "New venue: Oslo"), alert("x", 1, "New venue: Oslo")), mails("x")).get(3);

        assertThat(alerts.duplicated()).isEqualTo(1);
    }

    @Test
    void shouldCountAMissingAndARepeatedMail() {
        MessageIds ids = new MessageIds(FROM);
        List<MailCollector.Delivery> mails = List.of(
                new MailCollector.Delivery("a@newswire.local", ids.forBulletin("bulletin-x", "a@newswire.local")),
                new MailCollector.Delivery("a@newswire.local", ids.forBulletin("bulletin-x", "a@newswire.local")));

        DrillCheck.Stage mail = check(List.of(raw("1"), raw("2")), List.of(article("1"), article("2")),
                List.of(alert("x", 1, "New venue: Oslo")), mails).get(4);

        assertThat(mail.lost()).isEqualTo(1);
        assertThat(mail.duplicated()).isEqualTo(1);
    }

    private static List<DrillCheck.Stage> check(List<RawItem> raw, List<Article> articles, List<Alert> alerts,
                                                List<MailCollector.Delivery> mails) {
        return DrillCheck.stages(List.of("/feed/page-1.html", "/feed/page-2.html"), List.of("Oslo"), raw, articles,
                alerts, bulletins(alerts), mails, SUBSCRIBERS, FROM);
    }

    /** One bulletin per article that made a new alert: here one per alert id. */
    private static List<AlertBulletin> bulletins(List<Alert> alerts) {
        return alerts.stream().map(Alert::alertId).distinct()
                .map(id -> new AlertBulletin("bulletin-" + id, "item", "story", "gaza", "headline", null, List.of(),
                        alerts.stream().filter(a -> a.alertId().equals(id)).limit(1).toList(), List.of(),
                        Instant.EPOCH))
                .toList();
    }

    private static List<MailCollector.Delivery> mails(String alertId) {
        MessageIds ids = new MessageIds(FROM);
        return SUBSCRIBERS.stream().map(s -> new MailCollector.Delivery(s, ids.forBulletin("bulletin-" + alertId, s)))
                .toList();
    }

    private static RawItem raw(String n) {
        return new RawItem("item-" + n, "http://localhost:1/feed/rss", "Feed", "g" + n,
                "http://localhost:1/feed/page-" + n + ".html", "Title " + n, "", Instant.EPOCH, Instant.EPOCH,
                "<html></html>", "OK", "en");
    }

    private static Article article(String n) {
        return new Article("item-" + n, "http://localhost:1/feed/rss", "Feed", "http://localhost:1/feed/page-" + n
                + ".html", "Title " + n, Instant.EPOCH, Instant.EPOCH, "text", "en", null, "ok", Tags.NONE, null, null);
    }

    private static Alert alert(String id, int version, String change) {
        return new Alert(id, "story", "gaza", AlertKind.TALKS, version, "headline", List.of(change), List.of(),
                List.of(), Instant.EPOCH, Instant.EPOCH);
    }
}
