package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.topic.DeadLetterHeaders;
import io.newswire.core.topic.TopicReader;
import io.newswire.core.topic.SchemaValidator;
import io.newswire.core.topic.Topic;
import io.newswire.core.topic.Topics;
import io.newswire.local.demo.DemoFeeds;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton on a real broker: the demo site publishes the seed article, and within a minute it is a
 * clean article, alerts on the alert topics and one e-mail per article and subscriber; restarts repeat nothing.
 * Subclasses say where the broker runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PipelineScenario {

    private static final String FEED = "/gulf-herald/middle-east.rss";
    private static final List<String> SUBSCRIBERS = List.of("editor@newswire.local", "desk@newswire.local");
    private static final String POISON = "{\"itemId\": [broken";
    private static final List<String> SIGN_UP_LINES = List.of("Subscribe to our newsletter", "Newsletter signup",
            "Please wait...", "Thank you for sign up!");

    @TempDir
    static Path data;

    private LocalInfrastructure infra;
    private LocalServices services;

    @BeforeAll
    void startEverything() throws IOException {
        DemoFeeds emptyFeeds = new DemoFeeds(DemoFeeds.bundled().feeds().stream()
                .map(feed -> new DemoFeeds.Feed(feed.path(), feed.type(), feed.title(), List.of())).toList());
        infra = startInfrastructure(new LocalInfrastructure.Settings(0, null, 0, freePort(),
                data.resolve("mail"), 1, emptyFeeds));
        services = LocalServices.start(new LocalServices.Wiring(infra.kafka().bootstrapServers,
                "localhost:" + infra.feeds().port(), infra.mail().port(), data.resolve("state"), SUBSCRIBERS));
    }

    abstract LocalInfrastructure startInfrastructure(LocalInfrastructure.Settings settings) throws IOException;

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
    @Order(1)
    void shouldTurnTheSeedArticleIntoCleanTextAlertsAndOneMailPerArticleWithinAMinute() {
        publish("doha-talks-resume.html", "Gaza ceasefire talks resume in Doha as death toll passes 40,000");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Article article = seedArticle();
            assertThat(article.text()).contains("talks resumed Thursday in Qatar", "killed 40,005 people");
            SIGN_UP_LINES.forEach(line -> assertThat(article.text()).doesNotContain(line));

            assertThat(alerts(Topics.ALERTS_TALKS)).anySatisfy(alert ->
                    assertThat(describe(alert)).contains("Doha"));
            assertThat(alerts(Topics.ALERTS_CASUALTIES)).anySatisfy(alert ->
                    assertThat(describe(alert)).containsAnyOf("40,005", "40,000").contains("killed")
                            .containsIgnoringCase("Health Ministry"));
            assertThat(alerts(Topics.ALERTS_ALL).stream().flatMap(alert -> alert.parties().stream()))
                    .contains("Hamas", "Israel", "Qatar", "United States");
            assertOneMailPerArticleAndSubscriber();
        });
    }

    @Test
    @Order(2)
    void shouldReemitNoItemAlertOrMailWhenEachServiceRestarts() throws MessagingException {
        Map<String, Integer> before = counts();

        services.stopIngest();
        services.startIngest();
        services.stopEnrich();
        services.startEnrich();
        services.stopAlert();
        services.startAlert();

        await().pollDelay(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(services.running()).allSatisfy(service -> assertThat(service).isNotNull());
            assertThat(counts()).isEqualTo(before);
        });
    }

    @Test
    @Order(3)
    void shouldDeadLetterAMalformedRawRecordAndProcessTheNextGoodOne() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers);
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW.name(), "poison-1", POISON));
        }
        publish("club-owners-talks.html", "Club owners hold peace talks as league pay dispute drags on");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(readAll(Topics.DEAD_LETTERS.name()))
                    .anySatisfy(dead -> {
                        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("poison-1");
                        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW.name());
                        assertThat(header(dead, DeadLetterHeaders.SERVICE)).isEqualTo("enrich-service");
                        assertThat(header(dead, DeadLetterHeaders.ERROR)).contains("RawItem");
                        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(POISON);
                    });
            assertThat(values(Topics.ARTICLES)).anySatisfy(article ->
                    assertThat(article.link()).endsWith("club-owners-talks.html"));
        });
    }

    @Test
    @Order(4)
    void shouldPublishOnlyMessagesThatMatchTheTopicSchemas() {
        for (Topic<?, ?> topic : List.of(Topics.FEEDS, Topics.FEED_STATE, Topics.RAW, Topics.ARTICLES,
                Topics.ALERTS_ALL, Topics.MAIL_LEDGER)) {
            List<ConsumerRecord<byte[], byte[]>> records = readAll(topic.name());
            assertThat(records).as(topic.name()).isNotEmpty();
            records.stream().filter(record -> record.value() != null && !isInjectedPoison(record)).forEach(record ->
                    assertThat(SchemaValidator.violations(topic, record.value())).as(topic.name()).isEmpty());
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return TopicReader.readAll(KafkaOptions.clientProperties(infra.kafka().bootstrapServers), topic,
                Duration.ofSeconds(30));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean isInjectedPoison(ConsumerRecord<byte[], byte[]> record) {
        return record.key() != null && new String(record.key(), StandardCharsets.UTF_8).startsWith("poison-");
    }

    private void publish(String page, String title) {
        infra.feeds().publish(FEED, title, title, page, DemoFeeds.page(page), Instant.now());
    }

    private Article seedArticle() {
        return values(Topics.ARTICLES).stream().filter(a -> a.link().endsWith("doha-talks-resume.html"))
                .findFirst().orElseThrow(() -> new AssertionError("no article for the seed item yet"));
    }

    private void assertOneMailPerArticleAndSubscriber() throws MessagingException {
        long articlesWithNews = values(Topics.ALERTS_BULLETINS).stream().map(AlertBulletin::bulletinId).distinct()
                .count();
        assertThat(articlesWithNews).isPositive();
        Map<String, List<String>> messageIdsBySubscriber = mailsBySubscriber();
        assertThat(messageIdsBySubscriber.keySet()).containsExactlyInAnyOrderElementsOf(SUBSCRIBERS);
        messageIdsBySubscriber.forEach((subscriber, ids) -> {
            assertThat(ids).as(subscriber).hasSize((int) articlesWithNews).doesNotHaveDuplicates();
        });
    }

    private Map<String, List<String>> mailsBySubscriber() throws MessagingException {
        List<String[]> pairs = new ArrayList<>();
        for (MimeMessage message : infra.mail().greenMail().getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                pairs.add(new String[] {to.toString(), message.getMessageID()});
            }
        }
        return pairs.stream().collect(Collectors.groupingBy(p -> p[0],
                Collectors.mapping(p -> p[1], Collectors.toList())));
    }

    private Map<String, Integer> counts() throws MessagingException {
        return Map.of(
                "raw", values(Topics.RAW).size(),
                "articles", values(Topics.ARTICLES).size(),
                "alerts", alerts(Topics.ALERTS_ALL).size(),
                "mails", infra.mail().greenMail().getReceivedMessages().length);
    }

    private List<Alert> alerts(Topic<String, Alert> topic) {
        return values(topic);
    }

    private <V> List<V> values(Topic<String, V> topic) {
        Function<byte[], V> read = bytes -> topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
        return readAll(topic.name()).stream()
                .map(ConsumerRecord::value).filter(Objects::nonNull).map(read).toList();
    }

    private static String describe(Alert alert) {
        return alert.headline() + " | " + String.join(" | ", alert.changes()) + " | "
                + String.join(" | ", alert.evidence());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
