package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.core.topic.Topics;
import io.newswire.enrich.article.ArticleEnricher;
import io.newswire.enrich.extract.ArticleExtractor;
import io.newswire.enrich.story.StoryGrouper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant T0 = Instant.parse("2024-08-15T12:30:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawItem> raw;
    private TestInputTopic<String, String> rawBytes;
    private TestOutputTopic<String, Article> articles;

    @BeforeEach
    void startDriver() {
        ArticleEnricher enricher = new ArticleEnricher(new ArticleExtractor(),
                text -> text.contains("talks") ? new Tags(new Talks(true, null, null, List.of(), List.of()),
                        List.of(), List.of()) : Tags.NONE);
        Properties props = StreamsSettings.properties("enrich-test", EnrichService.NAME,
                new KafkaOptions("localhost:9092", 3, (short) 1), stateDir);
        driver = new TopologyTestDriver(EnrichTopology.build(props, enricher, StoryGrouper.defaults()), props);
        raw = driver.createInputTopic(Topics.RAW.name(), Serdes.String().serializer(),
                Topics.RAW.valueSerde().serializer());
        rawBytes = driver.createInputTopic(Topics.RAW.name(), Serdes.String().serializer(),
                Serdes.String().serializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), Serdes.String().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldPublishTheCleanTextOfTheSeedPageWithoutItsSignUpBlock() throws IOException {
        raw.pipeInput("item-1", item("item-1", "https://gulf.example/doha.html", seedPage()), T0);

        TestRecord<String, Article> record = articles.readRecord();

        assertThat(record.key()).isEqualTo("item-1");
        Article article = record.value();
        assertThat(article.text()).contains("talks resumed Thursday in Qatar", "killed 40,005 people")
                .doesNotContain("Subscribe to our newsletter", "Newsletter signup", "Please wait...",
                        "Thank you for sign up!");
        assertThat(article.tags().talks().present()).isTrue();
        assertThat(article.storyId()).isEqualTo("item-1");
        assertThat(article.source()).isEqualTo("Example");
    }

    @Test
    void shouldGiveARepublishedCopyTheStoryOfTheOriginal() throws IOException {
        raw.pipeInput("item-1", item("item-1", "https://gulf.example/doha.html", seedPage()), T0);
        raw.pipeInput("item-2", item("item-2", "https://levant.example/qatar.html", seedPage()), T0.plusSeconds(60));

        List<Article> out = articles.readValuesToList();

        assertThat(out).extracting(Article::itemId).containsExactly("item-1", "item-2");
        assertThat(out.get(1).storyId()).isEqualTo("item-1");
        assertThat(out.get(1).duplicateOf()).isEqualTo("item-1");
    }

    @Test
    void shouldPublishEachItemOnceWhenIngestDeliversItAgain() throws IOException {
        RawItem item = item("item-1", "https://gulf.example/doha.html", seedPage());
        raw.pipeInput("item-1", item, T0);
        raw.pipeInput("item-1", item, T0.plusSeconds(5));

        assertThat(articles.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldFallBackToTheFeedSummaryWhenThePageCouldNotBeFetched() {
        RawItem noPage = new RawItem("item-3", "https://gulf.example/rss", "Gulf", null, "https://gulf.example/x",
                "Truce talks stall", "<p>Truce talks stalled in <b>Cairo</b>.</p>", T0, T0, null, "timeout", "en");

        raw.pipeInput("item-3", noPage, T0);

        Article article = articles.readValue();
        assertThat(article.text()).isEqualTo("Truce talks stalled in Cairo.");
        assertThat(article.extraction()).contains("timeout");
    }

    @Test
    void shouldSkipAPoisonRecordAndProcessTheNextOne() throws IOException {
        rawBytes.pipeInput("bad-1", "{this is not json", T0);
        raw.pipeInput("item-1", item("item-1", "https://gulf.example/doha.html", seedPage()), T0);

        assertThat(articles.readValuesToList()).extracting(Article::itemId).containsExactly("item-1");
    }

    private static RawItem item(String id, String link, String html) {
        return new RawItem(id, "https://feeds.example/rss", "Example", id, link, "Gaza talks resume in Doha", null,
                T0, T0, html, "ok", "en");
    }

    private static String seedPage() throws IOException {
        try (InputStream in = EnrichTopologyTest.class.getResourceAsStream("/extract/seed-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
