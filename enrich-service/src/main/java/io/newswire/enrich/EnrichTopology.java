package io.newswire.enrich;

import io.newswire.core.event.Article;
import io.newswire.core.topic.Topics;
import io.newswire.enrich.article.ArticleEnricher;
import io.newswire.enrich.story.StoryGrouper;
import io.newswire.enrich.story.StoryProcessor;
import io.newswire.enrich.story.StoryStores;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * news.raw → news.articles. Extraction and tagging, the costly part, run on every partition in parallel; story
 * grouping needs to compare each article with all recent ones, so it runs on one repartitioned stream.
 */
public final class EnrichTopology {

    static final String STORY_GROUPING_KEY = "stories";

    private EnrichTopology() {
    }

    /** Built with the app's own properties, so that Streams checks every operator and store is named. */
    public static Topology build(Properties streamsProperties, ArticleEnricher enricher, StoryGrouper grouper) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(StoryStores.membersStore());
        builder.addStateStore(StoryStores.bandsStore());
        builder.stream(Topics.RAW.name(), Consumed.with(Topics.RAW.keySerde(), Topics.RAW.valueSerde())
                        .withName("raw-items"))
                .filter((itemId, item) -> item != null, Named.as("skip-tombstones"))
                .mapValues(enricher::enrich, Named.as("extract-and-tag"))
                .selectKey((itemId, article) -> STORY_GROUPING_KEY, Named.as("route-to-story-grouping"))
                .repartition(Repartitioned.<String, Article>as("story-grouping")
                        .withKeySerde(Topics.ARTICLES.keySerde())
                        .withValueSerde(Topics.ARTICLES.valueSerde())
                        .withNumberOfPartitions(1))
                .processValues(() -> new StoryProcessor(grouper), Named.as("assign-story"),
                        StoryStores.MEMBERS, StoryStores.BANDS)
                .selectKey((storiesKey, article) -> article.itemId(), Named.as("key-by-item"))
                .to(Topics.ARTICLES.name(), Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("articles"));
        return builder.build();
    }
}
