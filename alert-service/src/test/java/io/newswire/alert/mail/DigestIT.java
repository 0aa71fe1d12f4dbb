package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertService;
import io.newswire.alert.AlertTopics;
import io.newswire.alert.Mailbox;
import io.newswire.alert.TestOptions;
import io.newswire.alert.scenario.ScenarioArticles;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.kafka.EmbeddedKafkaExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6, acceptance 4: a digest subscriber gets one e-mail per interval, holding every article of the interval. */
class DigestIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final String DIGEST = "digest@newswire.test";

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
    void shouldSendOneDigestPerIntervalWithEveryArticleOfIt() throws Exception {
        Path subscribers = Files.writeString(stateDir.resolve("subscribers.yaml"), """
                subscribers:
                  - address: %s
                    digest: 4s
                  - address: %s
                """.formatted(DIGEST, TestOptions.DESK));
        service = AlertService.start(TestOptions.options(KAFKA.bootstrapServers(), stateDir.resolve("state"),
                mailbox.port(), "--subscribers", subscribers.toString()));
        List<Article> articles = ScenarioArticles.articles();

        publishAndWait(articles.get(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> digests().size() >= 1 && topics.mailerCaughtUp()
                && digestedArticles() == 1);
        publishAndWait(articles.get(3));
        await().atMost(Duration.ofSeconds(30)).until(() -> digestedArticles() == 2);

        List<MimeMessage> digests = digests();
        assertThat(digests).extracting(Mailbox::subject).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).startsWith("[Newswire] Digest: "));
        assertThat(digests).extracting(Mailbox::messageId).doesNotHaveDuplicates();
        List<AlertBulletin> bulletins = topics.bulletins();
        assertThat(bulletins).hasSize(2);
        for (AlertBulletin bulletin : bulletins) {
            assertThat(digests).as("digests holding " + bulletin.top().change())
                    .filteredOn(m -> Mailbox.text(m).contains("- " + bulletin.top().change() + "\n")).hasSize(1);
        }
        assertThat(mailbox.messages()).filteredOn(m -> Mailbox.recipient(m).equals(TestOptions.DESK)).hasSize(2);
    }

    private List<MimeMessage> digests() {
        return mailbox.messages().stream().filter(m -> Mailbox.recipient(m).equals(DIGEST)).toList();
    }

    private int digestedArticles() {
        return digests().stream().mapToInt(m -> Mailbox.text(m).split("What changed:", -1).length - 1).sum();
    }

    private void publishAndWait(Article article) {
        topics.publish(article);
        await().atMost(Duration.ofSeconds(60)).until(() -> topics.carries(article.itemId()));
    }
}
