package io.newswire.ingest;

import io.newswire.core.topic.Topics;
import io.newswire.core.event.FeedConfig;
import io.newswire.ingest.poll.FeedPollProcessor;
import io.newswire.ingest.poll.FeedPoller;
import io.newswire.ingest.poll.PollMetrics;
import io.newswire.ingest.poll.PollWorkers;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * news.feeds → polling → news.raw, plus the feed-state mirror and moved feeds back to news.feeds. One task per
 * news.feeds partition polls that partition's feeds, so the partition count bounds how many instances share the work.
 */
public final class IngestTopology {

    static final String SOURCE = "feed-registry";
    static final String POLLER = "poll-feeds";

    private IngestTopology() {
    }

    /** Built with the app's own properties, as every topology is, so that Streams' checks of them apply. */
    public static Topology build(Properties streamsProperties, FeedPoller poller, PollWorkers workers,
                                 PollMetrics metrics, Duration tick) {
        ProcessorSupplier<String, FeedConfig, String, Object> processors =
                () -> new FeedPollProcessor(poller, workers, metrics, tick);
        Topology topology = new Topology(new TopologyConfig(new StreamsConfig(streamsProperties)));
        topology.addSource(SOURCE, Topics.FEEDS.keySerde().deserializer(), Topics.FEEDS.valueSerde().deserializer(),
                Topics.FEEDS.name());
        topology.addProcessor(POLLER, processors, SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FeedPollProcessor.FEEDS_STORE),
                Topics.FEEDS.keySerde(), Topics.FEEDS.valueSerde()), POLLER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FeedPollProcessor.STATE_STORE),
                Topics.FEED_STATE.keySerde(), Topics.FEED_STATE.valueSerde()), POLLER);
        topology.addSink(FeedPollProcessor.RAW_SINK, Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
                Topics.RAW.valueSerde().serializer(), POLLER);
        topology.addSink(FeedPollProcessor.STATE_SINK, Topics.FEED_STATE.name(),
                Topics.FEED_STATE.keySerde().serializer(), Topics.FEED_STATE.valueSerde().serializer(), POLLER);
        topology.addSink(FeedPollProcessor.REGISTRY_SINK, Topics.FEEDS.name(), Topics.FEEDS.keySerde().serializer(),
                Topics.FEEDS.valueSerde().serializer(), POLLER);
        return topology;
    }
}
