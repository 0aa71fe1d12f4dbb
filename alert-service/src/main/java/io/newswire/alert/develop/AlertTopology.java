package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import io.newswire.core.json.JsonSerde;
import io.newswire.core.topic.Topics;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * news.articles → alerts.&lt;kind&gt;, alerts.all and alerts.bulletins (one per article that made new alerts), keyed
 * by story id; all written in the article's transaction. Articles are re-keyed by story (to fix the
 * story's conflict once) and then by conflict (so one task owns a conflict's state; an article without a conflict
 * goes to its story's own state); both re-keyings and all three stores are named, and the stores are changelogged,
 * so all state lives in Kafka.
 */
public final class AlertTopology {

    public static final String APPLICATION_ID = "newswire-alert";
    public static final String STORY_CONFLICTS_STORE = "story-conflicts";
    public static final String CONFLICT_STATES_STORE = "conflict-states";
    public static final String STORY_STATES_STORE = "story-states";

    private static final Serde<String> KEY = Serdes.String();

    private AlertTopology() {
    }

    /**
     * Developments are read from an article's tags and the places found in its text, never from the text itself,
     * which is most of its bytes: it is not carried through the two repartition topics.
     */
    static Article withoutText(Article article) {
        return new Article(article.itemId(), article.feedUrl(), article.source(), article.link(), article.title(),
                article.publishedAt(), article.discoveredAt(), null, article.language(), article.byline(),
                article.extraction(), article.tags(), article.storyId(), article.duplicateOf());
    }

    /**
     * Builds with the app's own Streams properties so that their topology settings apply at build time, notably
     * {@code ensure.explicit.internal.resource.naming}, which rejects any unnamed store or internal topic.
     */
    public static Topology build(Properties streamsProperties, ConflictKnowledge knowledge,
                                 DevelopmentMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_CONFLICTS_STORE), KEY, Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(CONFLICT_STATES_STORE), KEY, new JsonSerde<>(ConflictState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORY_STATES_STORE), KEY, new JsonSerde<>(StoryState.class)));

        Serde<ConflictArticle> locatedSerde = new JsonSerde<>(ConflictArticle.class);
        KStream<String, Published> published = builder
                .stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("articles"))
                .filter((itemId, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> new ConflictArticle(null, withoutText(article),
                        knowledge.places().placesIn(article.title() + "\n" + article.text())), Named.as("find-places"))
                .selectKey((itemId, located) -> ConflictArticle.storyOf(located.article()), Named.as("key-by-story"))
                .repartition(Repartitioned.with(KEY, locatedSerde).withName("articles-by-story"))
                .process(() -> new StoryConflictAssigner(knowledge.assigner()), Named.as("assign-conflict"),
                        STORY_CONFLICTS_STORE)
                .repartition(Repartitioned.with(KEY, locatedSerde).withName("articles-by-conflict"))
                .process(() -> new DevelopmentProcessor(metrics, new DevelopmentDetector(knowledge)),
                        Named.as("detect-developments"), CONFLICT_STATES_STORE, STORY_STATES_STORE);

        KStream<String, Alert> alerts = published.filter((storyId, out) -> out.alert() != null, Named.as("alerts"))
                .mapValues(Published::alert, Named.as("alert-values"));
        published.filter((storyId, out) -> out.bulletin() != null, Named.as("bulletins"))
                .mapValues(Published::bulletin, Named.as("bulletin-values"))
                .to(Topics.ALERTS_BULLETINS.name(), Produced.with(KEY, Topics.ALERTS_BULLETINS.valueSerde())
                        .withName("alerts-bulletins"));
        Serde<Alert> alertSerde = Topics.ALERTS_ALL.valueSerde();
        alerts.to(Topics.ALERTS_ALL.name(), Produced.with(KEY, alertSerde).withName("alerts-all"));
        alerts.to((storyId, alert, context) -> Topics.alerts(alert.kind()).name(),
                Produced.with(KEY, alertSerde).withName("alerts-by-kind"));
        return builder.build(streamsProperties);
    }
}
