package io.newswire.alert.scenario;

import static io.newswire.alert.TestOptions.DESK;
import static io.newswire.alert.TestOptions.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertService;
import io.newswire.alert.AlertTopics;
import io.newswire.alert.Mailbox;
import io.newswire.alert.OpsMetrics;
import io.newswire.alert.TestOptions;
import io.newswire.alert.scenario.ScenarioArticles.ExpectedAlert;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.Article;
import io.newswire.kafka.EmbeddedKafkaExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 1 (and issue 2's): twelve articles, four outlets, three stories; exactly the expected alerts. */
class AlertScenarioIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @TempDir
    Path stateDir;

    private Mailbox mailbox;
    private AlertTopics topics;
    private AlertService service;

    @BeforeEach
    void start() {
        mailbox = new Mailbox();
        service = AlertService.start(TestOptions.options(KAFKA.bootstrapServers(), stateDir, mailbox.port()));
        topics = new AlertTopics(KAFKA.bootstrapServers());
    }

    @AfterEach
    void stop() {
        service.close();
        topics.close();
        mailbox.close();
    }

    @Test
    void shouldRaiseExactlyTheExpectedAlertsAndMailEachOnceToEachSubscriber() {
        for (Article article : ScenarioArticles.articles()) {
            publishAndWait(article);
        }

        List<Alert> alerts = topics.latestAlerts();
        assertThat(alerts).extracting(a -> new ExpectedAlert(a.storyId(), a.kind(), a.changes()))
                .containsExactlyInAnyOrderElementsOf(ScenarioArticles.EXPECTED);
        assertThat(alerts).filteredOn(a -> a.storyId().equals(ScenarioArticles.DOHA))
                .allSatisfy(a -> assertThat(a.sources()).hasSize(4));
        assertThat(alerts).allSatisfy(a -> assertThat(a.conflict()).isEqualTo("israel-gaza"));
        assertSeedAlerts(alerts);

        await().atMost(Duration.ofSeconds(60)).until(topics::mailerCaughtUp);
        List<MimeMessage> mails = mailbox.messages();
        int articlesWithNews = topics.bulletins().size();
        assertThat(mails).as("one e-mail per article with news and subscriber").hasSize(articlesWithNews * 2);
        assertThat(mailbox.countsByRecipientAndMessageId()).hasSize(articlesWithNews * 2)
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
        assertThat(mails).extracting(Mailbox::recipient).containsOnly(DESK, NIGHT);
        assertThat(mails).extracting(Mailbox::subject).anySatisfy(subject -> assertThat(subject)
                .startsWith("[Newswire] Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry"));
        assertThat(OpsMetrics.ready(service.opsPort())).isTrue();
        assertThat(OpsMetrics.counter(service.opsPort(), "newswire_alerts_total"))
                .isEqualTo(ScenarioArticles.EXPECTED.size());
        assertThat(OpsMetrics.counter(service.opsPort(), "newswire_mail_sent_total")).isEqualTo(mails.size());
    }

    /** Issue 2: the seed article names Doha, 40,005 killed by the Health Ministry's count, and the four parties. */
    private static void assertSeedAlerts(List<Alert> alerts) {
        List<Alert> seed = alerts.stream().filter(a -> a.storyId().equals(ScenarioArticles.DOHA)).toList();
        assertThat(seed).filteredOn(a -> a.kind() == AlertKind.TALKS).singleElement()
                .satisfies(a -> assertThat(String.join(" ", a.changes())).contains("Doha"));
        assertThat(seed).filteredOn(a -> a.kind() == AlertKind.CASUALTIES).singleElement()
                .satisfies(a -> assertThat(String.join(" ", a.changes())).contains("40,005 killed", "Health Ministry"));
        assertThat(seed).filteredOn(a -> a.kind() == AlertKind.PARTIES).singleElement()
                .satisfies(a -> assertThat(a.parties()).contains("Hamas", "Israel", "Qatar", "United States"));
    }

    /** Articles of different items may be processed in any order; waiting for each keeps the story as published. */
    private void publishAndWait(Article article) {
        topics.publish(article);
        await().atMost(Duration.ofSeconds(60)).until(() -> topics.carries(article.itemId()));
    }
}
