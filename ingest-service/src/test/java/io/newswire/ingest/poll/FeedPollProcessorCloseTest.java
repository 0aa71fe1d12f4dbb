package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.fetch.PollPolicy;
import io.newswire.ingest.fetch.PollSchedule;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedPunctuator;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What happens to a poll still running when its task is closed (rebalance, shutdown). */
class FeedPollProcessorCloseTest {

    private static final String URL = "https://wire.example/rss";

    private final PollWorkers workers = new PollWorkers(1);

    @AfterEach
    void stopWorkers() {
        workers.close();
    }

    @Test
    void shouldInterruptPollsInFlightAndFreeTheirWorkersWhenTheTaskCloses() {
        CountDownLatch fetching = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        FeedPoller.Fetcher blocking = request -> {
            fetching.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("a closed task's poll must not be committed");
        };
        FeedPollProcessor processor = processor(blocking);
        MockProcessorContext<String, Object> context = context();
        processor.init(context);
        processor.process(new Record<>(URL, new FeedConfig(URL, "Wire", 60, null, true), 0L));
        CapturedPunctuator tick = context.scheduledPunctuators().get(0);

        tick.getPunctuator().punctuate(System.currentTimeMillis());
        await().until(() -> fetching.getCount() == 0);
        processor.close();

        await().untilTrue(interrupted);
        await().until(() -> workers.inFlight() == 0);
        assertThat(context.forwarded()).isEmpty();
        assertThat(tick.cancelled()).isTrue();
    }

    private FeedPollProcessor processor(FeedPoller.Fetcher fetcher) {
        PollPolicy policy = PollPolicy.defaults();
        PollMetrics metrics = new PollMetrics(new SimpleMeterRegistry(), workers);
        FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), new NewItemFilter(), policy,
                new PollSchedule(policy, Clock.systemUTC(), new SplittableRandom(1)), Clock.systemUTC(), metrics, 20);
        return new FeedPollProcessor(poller, workers, metrics, Duration.ofMillis(200));
    }

    private static MockProcessorContext<String, Object> context() {
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        KeyValueStore<String, FeedConfig> feeds = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(FeedPollProcessor.FEEDS_STORE), Topics.FEEDS.keySerde(),
                Topics.FEEDS.valueSerde()).withLoggingDisabled().build();
        KeyValueStore<String, FeedState> states = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(FeedPollProcessor.STATE_STORE), Topics.FEED_STATE.keySerde(),
                Topics.FEED_STATE.valueSerde()).withLoggingDisabled().build();
        feeds.init(context.getStateStoreContext(), feeds);
        states.init(context.getStateStoreContext(), states);
        context.addStateStore(feeds);
        context.addStateStore(states);
        return context;
    }
}
