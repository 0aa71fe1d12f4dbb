package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertService;
import io.newswire.alert.AlertTopics;
import io.newswire.alert.Mailbox;
import io.newswire.alert.TestOptions;
import io.newswire.alert.scenario.ScenarioArticles;
import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 2: stopping and restarting the service re-emits no alert and sends no e-mail again. */
class MailerRestartIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    @TempDir
    Path stateDir;

    private final Mailbox mailbox = new Mailbox();
    private final AlertTopics topics = new AlertTopics(KAFKA.bootstrapServers());
    private AlertService service;

    @AfterEach
    void stop() {
        service.close();
        topics.close();
        mailbox.close();
    }

    @Test
    void shouldNeitherReemitAlertsNorMailAgainAfterARestart() {
        service = AlertService.start(TestOptions.options(KAFKA.bootstrapServers(), stateDir, mailbox.port()));
        publishAndWait(ScenarioArticles.seed());
        await().atMost(Duration.ofSeconds(60)).until(topics::mailerCaughtUp);
        int mails = mailbox.messages().size();
        assertThat(topics.bulletins()).hasSize(1);
        assertThat(mails).as("one e-mail for the article to each subscriber").isEqualTo(2);

        service.close();
        service = AlertService.start(TestOptions.options(KAFKA.bootstrapServers(), stateDir, mailbox.port()));
        Article copy = ScenarioArticles.articles().get(1);
        publishAndWait(copy);
        await().atMost(Duration.ofSeconds(60)).until(topics::mailerCaughtUp);

        assertThat(topics.alerts()).filteredOn(a -> a.version() == 1).hasSize(3);
        assertThat(topics.alerts()).filteredOn(a -> a.version() == 2).hasSize(3)
                .allSatisfy(a -> assertThat(a.sources()).hasSize(2));
        assertThat(topics.alerts()).extracting(Alert::version).containsOnly(1, 2);
        assertThat(mailbox.messages()).hasSize(mails);
    }

    private void publishAndWait(Article article) {
        topics.publish(article);
        await().atMost(Duration.ofSeconds(60)).until(() -> topics.carries(article.itemId()));
    }
}
