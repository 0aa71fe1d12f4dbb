package io.newswire.alert.develop;

import static io.newswire.alert.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Article;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.core.topic.Topic;
import io.newswire.core.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {

    @TempDir
    Path stateDir;

    private SimpleMeterRegistry registry;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.properties(AlertTopology.APPLICATION_ID, "alert-service",
                new KafkaOptions("unused:9092", 3, (short) 1), stateDir);
        registry = new SimpleMeterRegistry();
        driver = new TopologyTestDriver(
                AlertTopology.build(props, ConflictKnowledge.bundled(), new DevelopmentMetrics(registry)), props);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(Article article) {
        articles.pipeInput(article.itemId(), article);
    }

    private List<TestRecord<String, Alert>> read(Topic<String, Alert> topic) {
        TestOutputTopic<String, Alert> out = driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        return out.readRecordsToList();
    }

    private List<TestRecord<String, AlertBulletin>> readBulletins() {
        return driver.createOutputTopic(Topics.ALERTS_BULLETINS.name(), Topics.ALERTS_BULLETINS.keySerde().deserializer(),
                Topics.ALERTS_BULLETINS.valueSerde().deserializer()).readRecordsToList();
    }

    @Test
    void shouldPublishEachDevelopmentToItsKindAndToAllKeyedByStory() {
        publish(article("a1").story("s1").talks("resumed", "Doha", "Qatar").killed(40_005, "Health Ministry")
                .parties("Israel", "Qatar").party("Hamas", "armed_group").build());

        List<TestRecord<String, Alert>> all = read(Topics.ALERTS_ALL);
        assertThat(all).extracting(TestRecord::key).containsOnly("s1");
        assertThat(all).extracting(r -> r.value().kind())
                .containsExactlyInAnyOrder(AlertKind.TALKS, AlertKind.CASUALTIES, AlertKind.PARTIES);
        assertThat(read(Topics.ALERTS_TALKS)).singleElement()
                .satisfies(r -> assertThat(r.value().changes()).contains("New venue: Doha"));
        assertThat(read(Topics.ALERTS_CASUALTIES)).singleElement()
                .satisfies(r -> assertThat(r.value().changes()).containsExactly("Casualties: 40,005 killed, Health Ministry"));
        assertThat(read(Topics.ALERTS_PARTIES)).singleElement()
                .satisfies(r -> assertThat(r.value().conflict()).isEqualTo("israel-gaza"));
        assertThat(registry.get("newswire.alerts").tag("kind", "talks").counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldPublishOneBulletinPerArticleWithItsDevelopmentsMostImportantFirst() {
        publish(article("a1").story("s1").talks("resumed", "Doha").killed(40_000, "Gaza Health Ministry")
                .parties("Israel").build());
        publish(article("b1").story("s2").talks("stalled", "Doha").killed(40_500, "Gaza Health Ministry")
                .parties("Israel").build());

        List<TestRecord<String, AlertBulletin>> bulletins = readBulletins();
        assertThat(bulletins).extracting(TestRecord::key).containsExactly("s1", "s2");
        assertThat(bulletins.get(1).value().developments()).extracting(Development::type)
                .containsExactly(ChangeType.REVISION, ChangeType.STATUS_CHANGE);
        assertThat(bulletins.get(1).value().top().change())
                .isEqualTo("Casualties revised: 40,000 → 40,500 killed, Gaza Health Ministry");
        assertThat(bulletins.get(1).value().alerts()).extracting(Alert::kind)
                .containsExactlyInAnyOrder(AlertKind.TALKS, AlertKind.CASUALTIES);
    }

    @Test
    void shouldPublishNoBulletinForAnArticleThatOnlyAddsItsSource() {
        publish(article("a1").story("s1").talks("resumed", "Doha").parties("Israel").build());
        publish(article("a2").story("s1").copyOf("a1").source("Copy Desk").talks("resumed", "Doha").parties("Israel")
                .build());

        assertThat(readBulletins()).extracting(r -> r.value().itemId()).containsExactly("a1");
        assertThat(read(Topics.ALERTS_ALL)).extracting(r -> r.value().version()).contains(2);
    }

    @Test
    void shouldTurnACopyIntoNewVersionsOfTheSameAlerts() {
        publish(article("a1").story("s1").talks("resumed", "Doha").parties("Israel").build());
        List<String> ids = read(Topics.ALERTS_ALL).stream().map(r -> r.value().alertId()).toList();

        publish(article("a2").story("s1").copyOf("a1").source("Copy Desk").talks("resumed", "Doha").parties("Israel")
                .build());

        List<TestRecord<String, Alert>> updates = read(Topics.ALERTS_ALL);
        assertThat(updates).extracting(r -> r.value().alertId()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(updates).allSatisfy(r -> {
            assertThat(r.value().version()).isEqualTo(2);
            assertThat(r.value().sources()).extracting(AlertSource::itemId).containsExactly("a1", "a2");
        });
    }

    @Test
    void shouldKeepACopyWithOtherPartiesInItsStorysConflict() {
        publish(article("a1").story("s1").parties("Israel").party("Hamas", "armed_group").build());
        read(Topics.ALERTS_ALL);

        publish(article("a2").story("s1").copyOf("a1").parties("Lebanon").party("Hezbollah", "armed_group").build());

        assertThat(read(Topics.ALERTS_ALL)).singleElement().satisfies(r -> {
            assertThat(r.value().conflict()).isEqualTo("israel-gaza");
            assertThat(r.value().version()).isEqualTo(2);
        });
    }

    /** TopologyTestDriver does not write the dead letters an error handler returns; only going on is checked. */
    @Test
    void shouldGoOnAfterAnUnreadableArticle() {
        TestInputTopic<String, String> raw = driver.createInputTopic(Topics.ARTICLES.name(),
                new StringSerializer(), new StringSerializer());
        raw.pipeInput("broken", "{not json");
        publish(article("a1").story("s1").talks("resumed", "Doha").parties("Israel").build());

        assertThat(read(Topics.ALERTS_TALKS)).hasSize(1);
    }

    @Test
    void shouldReviseAcrossStoriesOfOneConflict() {
        publish(article("a1").story("s1").killed(40_005, "Gaza Health Ministry").parties("Israel").build());
        publish(article("b1").story("s2").killed(40_500, "Gaza Health Ministry").parties("Israel").build());

        assertThat(read(Topics.ALERTS_CASUALTIES)).extracting(r -> r.value().changes().get(0)).containsExactly(
                "Casualties: 40,005 killed, Gaza Health Ministry",
                "Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry");
    }

    @Test
    void shouldPlaceACasualtyOnlyReportInItsConflictByItsPlaces() {
        publish(article("a1").story("s1").killed(40_005, "Gaza Health Ministry").parties("Israel").build());
        publish(article("b1").story("s2").killed(40_500, "Gaza Health Ministry")
                .text("The Health Ministry in Gaza said 40,500 people had been killed.").build());

        assertThat(read(Topics.ALERTS_CASUALTIES)).extracting(r -> r.value().conflict() + ": " + r.value().changes())
                .containsExactly("israel-gaza: [Casualties: 40,005 killed, Gaza Health Ministry]",
                        "israel-gaza: [Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry]");
    }

    @Test
    void shouldKeepTheStatesOfStoriesWithoutAConflictApart() {
        publish(article("a1").story("s1").title("Port strike talks").talks("agreed", "Rotterdam")
                .party("Dockers Union", "organisation").build());
        publish(article("b1").story("s2").title("Mine rescue").talks("stalled", "Lima")
                .party("Mining Federation", "organisation").build());

        assertThat(read(Topics.ALERTS_TALKS)).extracting(r -> r.value().conflict() + ": " + r.value().changes().get(0))
                .containsExactly("null: Talks agreed", "null: Talks stalled");
    }
}
