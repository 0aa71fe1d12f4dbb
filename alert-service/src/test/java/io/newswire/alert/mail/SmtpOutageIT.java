package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertService;
import io.newswire.alert.AlertTopics;
import io.newswire.alert.Mailbox;
import io.newswire.alert.OpsMetrics;
import io.newswire.alert.TestOptions;
import io.newswire.alert.scenario.ScenarioArticles;
import io.newswire.core.event.Article;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 2: the SMTP server goes down in the middle of the scenario; every e-mail arrives once it is
 * back, none twice. The outage lasts {@code -Dnw.smtp.outage.seconds} (15 by default; the 60 s with
 * {@code -Dnw.smtp.outage.seconds=60}).
 */
class SmtpOutageIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("nw.smtp.outage.seconds", 15));

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
    void shouldDeliverEveryMailOnceAfterTheSmtpServerComesBack() {
        service = AlertService.start(TestOptions.options(KAFKA.bootstrapServers(), stateDir, mailbox.port()));
        List<Article> articles = ScenarioArticles.articles();
        publishAndWait(articles.get(0));
        await().atMost(Duration.ofSeconds(60)).until(() -> mailbox.messages().size() == 2);

        mailbox.stop();
        Instant down = Instant.now();
        articles.subList(1, articles.size()).forEach(this::publishAndWait);
        await().atMost(OUTAGE.plusSeconds(60)).until(() -> Duration.between(down, Instant.now()).compareTo(OUTAGE) >= 0
                && OpsMetrics.counter(service.opsPort(), "newswire_mail_retried_total") >= 2);
        assertThat(topics.mailerCaughtUp()).as("no bulletin passed while its mails were unsent").isFalse();
        mailbox.start();

        int expected = topics.bulletins().size() * 2;
        await().atMost(Duration.ofSeconds(60)).until(() -> mailbox.messages().size() >= expected
                && topics.mailerCaughtUp());
        assertThat(mailbox.messages()).hasSize(expected);
        assertThat(mailbox.countsByRecipientAndMessageId()).hasSize(expected)
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
    }

    private void publishAndWait(Article article) {
        topics.publish(article);
        await().atMost(Duration.ofSeconds(60)).until(() -> topics.carries(article.itemId()));
    }
}
