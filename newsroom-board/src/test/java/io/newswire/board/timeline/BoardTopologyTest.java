package io.newswire.board.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.board.DemoSeed;
import io.newswire.board.timeline.ConflictView.CasualtyPoint;
import io.newswire.board.timeline.ConflictView.CasualtySeries;
import io.newswire.board.timeline.ConflictView.TalksStep;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.core.topic.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTopologyTest {

    @TempDir
    Path stateDir;

    private final DemoSeed seed = new DemoSeed(Instant.parse("2026-12-08T01:00:00Z"));
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.properties(BoardTopology.APPLICATION_ID, "newsroom-board",
                new KafkaOptions("unused:9092", 3, (short) 1), stateDir);
        driver = new TopologyTestDriver(BoardTopology.build(props), props);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
        alerts = driver.createInputTopic(Topics.ALERTS_ALL.name(), Topics.ALERTS_ALL.keySerde().serializer(),
                Topics.ALERTS_ALL.valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(Article article) {
        articles.pipeInput(article.itemId(), article);
    }

    private void publish(Iterable<Alert> list) {
        list.forEach(alert -> alerts.pipeInput(alert.storyId(), alert));
    }

    private List<KeyValue<String, ConflictFact>> conflictFacts() {
        KeyValueStore<String, ConflictFact> store = driver.getKeyValueStore(BoardTopology.CONFLICT_FACTS_STORE);
        List<KeyValue<String, ConflictFact>> facts = new ArrayList<>();
        try (KeyValueIterator<String, ConflictFact> scan = store.prefixScan(ConflictFacts.prefix(DemoSeed.CONFLICT),
                new StringSerializer())) {
            scan.forEachRemaining(facts::add);
        }
        return facts;
    }

    private ConflictView conflict() {
        List<ConflictBoard> boards = ConflictFacts.boards(conflictFacts().iterator());
        assertThat(boards).as("conflict facts").hasSize(1);
        return ConflictTimeline.view(boards.get(0));
    }

    private StoryBoard story(String id) {
        KeyValueStore<String, StoryBoard> store = driver.getKeyValueStore(BoardTopology.STORY_BOARDS_STORE);
        return store.get(id);
    }

    private void publishDemo() {
        publish(seed.seed());
        publish(seed.seedAlerts().subList(0, 3));
        publish(seed.copy());
        publish(seed.seedAlerts().subList(3, 6));
        publish(seed.stall());
        publish(seed.stallAlerts());
    }

    @Test
    void shouldDrawTheMinistrysDeathTollAsOneSeriesOfRevisionsInPublicationOrder() {
        publishDemo();

        CasualtySeries killed = conflict().casualties().stream()
                .filter(s -> s.kind().equals("killed") && s.source().equals(DemoSeed.MINISTRY)).findFirst()
                .orElseThrow();
        assertThat(killed.points()).extracting(CasualtyPoint::count).containsExactly(40_000L, 40_005L, 40_500L);
        assertThat(killed.points()).extracting(CasualtyPoint::revisionOf).containsExactly(null, 40_000L, 40_005L);
        assertThat(killed.points().get(1).reports()).extracting(ConflictView.CasualtyReport::outlet)
                .containsExactly("Gulf Herald", "Levant Wire");
        assertThat(killed.others()).isEmpty();
    }

    @Test
    void shouldKeepTheTalksStatusOverTimeMarkingARestatementAsNoChange() {
        publishDemo();

        assertThat(conflict().talks()).extracting(TalksStep::status, TalksStep::change, TalksStep::outlet)
                .containsExactly(tuple("resumed", true, "Gulf Herald"),
                        tuple("resumed", false, "Levant Wire"),
                        tuple("stalled", true, "Levant Wire"));
        assertThat(conflict().talksStatus()).isEqualTo("stalled");
        assertThat(conflict().parties()).containsExactly("Israel", "Hamas", "Qatar", "United States", "Egypt");
        assertThat(conflict().sources()).containsExactly("Gulf Herald", "Levant Wire");
        assertThat(conflict().stories()).extracting(ConflictBoard.StoryRef::storyId)
                .containsExactly(DemoSeed.SEED_STORY, DemoSeed.STALL_STORY);
    }

    @Test
    void shouldHoldAnArticleUntilAnAlertNamesItsStorysConflict() {
        publish(seed.stall());
        assertThat(conflictFacts()).isEmpty();
        assertThat(story(DemoSeed.STALL_STORY).conflict()).isNull();

        publish(seed.stallAlerts());

        assertThat(conflict().talks()).extracting(TalksStep::status).containsExactly("stalled");
        assertThat(story(DemoSeed.STALL_STORY).conflict()).isEqualTo(DemoSeed.CONFLICT);
    }

    @Test
    void shouldPlaceALateArticleAtItsPublicationTimeAndIgnoreReplays() {
        publish(seed.stall());
        publish(seed.stallAlerts());
        publish(seed.seed());
        publish(seed.seedAlerts());
        publish(seed.seed());
        publish(seed.seedAlerts());

        CasualtySeries killed = conflict().casualties().get(0);
        assertThat(killed.points()).extracting(CasualtyPoint::count).containsExactly(40_000L, 40_005L, 40_500L);
        assertThat(killed.points()).allSatisfy(p -> assertThat(p.reports()).hasSize(1));
        assertThat(conflict().developments()).extracting(StoryAlert::alertId).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void shouldKeepEachAlertOfAStoryAtItsLatestVersionWithItsSourcesAndEvidence() {
        publishDemo();
        publish(seed.seedAlerts().subList(0, 3));

        StoryView view = StoryView.of(story(DemoSeed.SEED_STORY));
        assertThat(view.developments()).extracting(StoryAlert::version).containsOnly(2);
        assertThat(view.sources()).extracting(s -> s.source()).containsExactly("Gulf Herald", "Levant Wire");
        assertThat(view.evidence()).extracting(StoryView.StoryEvidence::sentence).doesNotHaveDuplicates()
                .anySatisfy(sentence -> assertThat(sentence).contains("killed 40,005 people"));
        assertThat(view.headline()).isEqualTo(seed.seed().title());
    }

    @Test
    void shouldFileEachArticleAndEachAlertOnceUnderItsConflictKeepingTheLatestAlertVersion() {
        publishDemo();
        publish(seed.seedAlerts().subList(0, 3));

        List<KeyValue<String, ConflictFact>> facts = conflictFacts();
        assertThat(facts).hasSize(8);
        assertThat(facts).extracting(kv -> kv.key).allSatisfy(key -> assertThat(key).startsWith("israel-gaza\u0000"));
        assertThat(facts).filteredOn(kv -> kv.value.alert() != null)
                .extracting(kv -> kv.value.alert().alertId(), kv -> kv.value.alert().version())
                .contains(tuple("alert-seed-talks", 2), tuple("alert-stall-talks", 1));
    }

    @Test
    void shouldSkipTombstonesOnBothInputs() {
        articles.pipeInput("gone", null);
        alerts.pipeInput("gone", null);
        publishDemo();

        assertThat(conflict().developments()).hasSize(5);
    }
}
