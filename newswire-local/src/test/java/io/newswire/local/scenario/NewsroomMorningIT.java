package io.newswire.local.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.core.topic.Topic;
import io.newswire.core.topic.TopicReader;
import io.newswire.core.topic.Topics;
import io.newswire.local.LocalInfrastructure;
import io.newswire.local.LocalServices;
import io.newswire.local.demo.DemoFeeds;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom morning nobody on the team's rules were written against, through the real services (ingest, enrich with
 * its extractor, tagger and story grouping, alert-service): six outlets, four wars, two stories about no war. Each
 * article is published on its outlet's feed in turn and the pipeline settles before the next, so the articles reach
 * their conflicts in the order written. The test states the one e-mail each article must make, or none, and gets
 * exactly those.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomMorningIT {

    private static final List<String> SUBSCRIBERS = List.of("editor@newswire.local", "desk@newswire.local");
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>%1$s | %2$s</title></head>
            <body>
              <header><nav><a href="/">%2$s</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
              <main><article>
                <h1>%1$s</h1>
                <p class="byline">By staff reporters</p>
            %3$s
              </article></main>
              <footer><p>&copy; %2$s. All rights reserved.</p></footer>
            </body></html>
            """;

    @TempDir
    static Path data;

    private final MorningArticles morning = MorningArticles.load("/scenario/newsroom-morning.yaml");
    private LocalInfrastructure infra;
    private LocalServices services;

    @BeforeAll
    void startEverything() throws IOException {
        DemoFeeds feeds = new DemoFeeds(morning.outlets().stream().map(outlet -> new DemoFeeds.Feed(
                morning.articles().stream().filter(a -> a.outlet().equals(outlet)).findFirst().orElseThrow().feedPath(),
                "rss_2.0", outlet, List.of())).toList());
        infra = LocalInfrastructure.start(new LocalInfrastructure.Settings(0, null, 0, freePort(),
                data.resolve("mail"), 1, feeds));
        services = LocalServices.start(new LocalServices.Wiring(infra.kafka().bootstrapServers,
                "localhost:" + infra.feeds().port(), infra.mail().port(), data.resolve("state"), SUBSCRIBERS));
    }

    @AfterAll
    void stopEverything() {
        if (services != null) {
            services.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void shouldMailExactlyTheExpectedEMailOfEachArticleToEachSubscriber() throws Exception {
        assertThat(morning.articles()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(morning.outlets()).hasSizeGreaterThanOrEqualTo(5);
        Instant first = Instant.now().minus(Duration.ofHours(6));
        Map<String, Article> articles = new LinkedHashMap<>();
        for (int i = 0; i < morning.articles().size(); i++) {
            MorningArticles.Piece piece = morning.articles().get(i);
            infra.feeds().publish(piece.feedPath(), piece.title(), piece.title(), piece.page(), page(piece),
                    first.plus(Duration.ofMinutes(15L * i)));
            articles.put(piece.id(), awaitArticle(piece));
            awaitAlertsSettled();
        }

        Map<String, List<AlertBulletin>> bulletins = values(Topics.ALERTS_BULLETINS).stream()
                .collect(Collectors.groupingBy(AlertBulletin::itemId));
        List<String> report = new ArrayList<>();
        for (MorningArticles.Piece piece : morning.articles()) {
            Article article = articles.get(piece.id());
            List<AlertBulletin> made = bulletins.getOrDefault(article.itemId(), List.of());
            report.add(piece.id() + " (story " + article.storyId().substring(0, 6) + ", " + article.tags() + "): "
                    + made.stream().map(b -> b.top().change() + " (" + b.source().source() + ")").toList());
        }
        String described = String.join("\n", report);
        for (MorningArticles.Piece piece : morning.articles()) {
            List<AlertBulletin> made = bulletins.getOrDefault(articles.get(piece.id()).itemId(), List.of());
            if (piece.expect() == null) {
                assertThat(made).as(piece.id() + " must make no bulletin\n" + described).isEmpty();
                continue;
            }
            assertThat(made).as(piece.id() + " must make one bulletin\n" + described).hasSize(1);
            assertThat(made.get(0).top().change()).as(piece.id() + "\n" + described)
                    .containsSubsequence(piece.expect().subject());
            assertThat(made.get(0).source().source()).as(piece.id()).isEqualTo(piece.expect().source());
        }
        morning.articles().stream().filter(piece -> piece.story() != null).forEach(rewrite ->
                assertThat(articles.get(rewrite.id()).storyId()).as(rewrite.id() + " joins its story\n" + described)
                        .isEqualTo(articles.get(rewrite.story()).storyId()));
        assertThat(bulletins.values().stream().mapToInt(List::size).sum()).as(described)
                .isEqualTo((int) morning.articles().stream().filter(a -> a.expect() != null).count());
        assertMails(described);
    }

    /** One e-mail per expected article and subscriber, saying what was expected, and no other. */
    private void assertMails(String described) throws Exception {
        List<MorningArticles.Piece> expected = morning.articles().stream().filter(a -> a.expect() != null).toList();
        await().atMost(SETTLE).until(() -> mails().size() == expected.size() * SUBSCRIBERS.size());
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> mails().size() == expected.size() * SUBSCRIBERS.size());
        List<Mail> mails = mails();
        for (String subscriber : SUBSCRIBERS) {
            for (MorningArticles.Piece piece : expected) {
                List<Mail> about = mails.stream()
                        .filter(m -> m.to().equals(subscriber) && m.text().startsWith(piece.title() + "\n")).toList();
                assertThat(about).as(piece.id() + " to " + subscriber + "\n" + described).hasSize(1);
                assertThat(about.get(0).subject()).as(piece.id()).startsWith("[Newswire] ")
                        .containsSubsequence(piece.expect().subject());
                assertThat(about.get(0).firstSource()).as(piece.id()).isEqualTo(piece.expect().source());
            }
        }
    }

    /** An e-mail as a subscriber reads it: the subject, the plain-text body, and the first source it lists. */
    private record Mail(String to, String subject, String text) {

        String firstSource() {
            String sources = text.substring(text.indexOf("\nSources:\n") + "\nSources:\n".length());
            return sources.substring(2, sources.indexOf(": "));
        }
    }

    private List<Mail> mails() throws MessagingException, IOException {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : infra.mail().greenMail().getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                mails.add(new Mail(to.toString(), message.getSubject(), plainText(message)));
            }
        }
        return mails;
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private Article awaitArticle(MorningArticles.Piece piece) {
        return await().atMost(SETTLE).pollInterval(Duration.ofMillis(300)).until(() ->
                values(Topics.ARTICLES).stream().filter(a -> a.link().endsWith("/" + piece.page())).findFirst()
                        .orElse(null), Objects::nonNull);
    }

    /** Every record the alert app reads (its input and both re-keyings) is processed and committed. */
    private void awaitAlertsSettled() {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(300)).until(() -> alertLag() == 0);
    }

    private long alertLag() throws Exception {
        try (Admin admin = Admin.create(clientProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("newswire-alert")
                    .partitionsToOffsetAndMetadata().get();
            var topics = admin.listTopics().names().get().stream()
                    .filter(t -> t.equals(Topics.ARTICLES.name()) || t.startsWith("newswire-alert-articles-by-"))
                    .toList();
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                    .stream().flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    private <V> List<V> values(Topic<String, V> topic) {
        return TopicReader.values(clientProperties(), topic, Duration.ofSeconds(30));
    }

    private Properties clientProperties() {
        return KafkaOptions.clientProperties(infra.kafka().bootstrapServers);
    }

    private static byte[] page(MorningArticles.Piece piece) {
        String body = piece.paragraphs().stream().map(p -> "    <p>" + Entities.escape(p) + "</p>")
                .collect(Collectors.joining("\n"));
        return PAGE.formatted(Entities.escape(piece.title()), Entities.escape(piece.outlet()), body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
