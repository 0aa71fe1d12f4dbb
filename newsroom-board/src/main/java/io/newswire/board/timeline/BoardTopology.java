package io.newswire.board.timeline;

import io.newswire.core.json.JsonSerde;
import io.newswire.core.topic.Topics;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * news.articles and alerts.all → the board's two stores, {@code story-boards} and {@code conflict-facts}. Both inputs
 * are keyed by story (one repartition), a story's facts then by conflict (a second one); the stores are changelogged,
 * so the board's state lives in Kafka and any instance can rebuild any part of it. Nothing is written back to the
 * contract topics.
 */
public final class BoardTopology {

    public static final String APPLICATION_ID = "newswire-board";
    public static final String STORY_BOARDS_STORE = "story-boards";
    public static final String CONFLICT_FACTS_STORE = "conflict-facts";

    private static final Serde<String> KEY = Serdes.String();

    private BoardTopology() {
    }

    /**
     * Builds with the app's own Streams properties so that their topology settings apply at build time, notably
     * {@code ensure.explicit.internal.resource.naming}, which rejects any unnamed store or internal topic.
     */
    public static Topology build(Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_BOARDS_STORE), KEY, new JsonSerde<>(StoryBoard.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CONFLICT_FACTS_STORE), KEY, new JsonSerde<>(ConflictFact.class)));

        KStream<String, StoryEvent> articles = builder
                .stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("board-articles"))
                .filter((itemId, article) -> article != null, Named.as("board-skip-article-tombstones"))
                .map((itemId, article) -> KeyValue.pair(StoryEvent.storyOf(article),
                        StoryEvent.of(article)), Named.as("board-article-by-story"));
        KStream<String, StoryEvent> alerts = builder
                .stream(Topics.ALERTS_ALL.name(), Consumed.with(Topics.ALERTS_ALL.keySerde(),
                        Topics.ALERTS_ALL.valueSerde()).withName("board-alerts"))
                .filter((storyId, alert) -> alert != null && alert.storyId() != null,
                        Named.as("board-skip-alert-tombstones"))
                .map((storyId, alert) -> KeyValue.pair(alert.storyId(), StoryEvent.of(alert)),
                        Named.as("board-alert-by-story"));

        articles.merge(alerts, Named.as("board-story-events"))
                .repartition(Repartitioned.with(KEY, new JsonSerde<>(StoryEvent.class)).withName("events-by-story"))
                .process(StoryProcessor::new, Named.as("board-stories"), STORY_BOARDS_STORE)
                .repartition(Repartitioned.with(KEY, new JsonSerde<>(ConflictFact.class)).withName("facts-by-conflict"))
                .process(ConflictProcessor::new, Named.as("board-conflicts"), CONFLICT_FACTS_STORE);
        return builder.build(streamsProperties);
    }
}
