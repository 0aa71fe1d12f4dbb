package io.newswire.ingest.poll;

import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.RawItem;
import io.newswire.ingest.fetch.FetchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the feeds of one stream task. Registry records ({@code news.feeds}) go into the {@code feeds} store and the
 * in-memory schedule; a wall-clock punctuator hands due feeds to the {@link PollWorkers} and, on the stream thread,
 * commits the finished polls: new items to {@code news.raw}, the feed's state to the {@code feed-state} store and
 * its public mirror, a moved feed to the registry. Items and state go out in one transaction, so a crash or a
 * rebalance neither re-emits nor loses items; the polls of a closed task are abandoned and the next owner polls again
 * from the committed state.
 */
public final class FeedPollProcessor implements Processor<String, FeedConfig, String, Object> {

    public static final String FEEDS_STORE = "feeds";
    public static final String STATE_STORE = "feed-state";
    public static final String RAW_SINK = "raw-items";
    public static final String STATE_SINK = "feed-states";
    public static final String REGISTRY_SINK = "feed-moves";

    /** When a poll died of a bug in the poller itself; it is retried, not dropped. */
    private static final Duration RETRY_AFTER_CRASH = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(FeedPollProcessor.class);

    private final FeedPoller poller;
    private final PollWorkers workers;
    private final PollMetrics metrics;
    private final Duration tick;
    private final DueFeeds due = new DueFeeds();
    private final Map<String, Future<PollResult>> inFlight = new LinkedHashMap<>();
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, FeedConfig> feeds;
    private KeyValueStore<String, FeedState> states;
    private Cancellable punctuation;

    public FeedPollProcessor(FeedPoller poller, PollWorkers workers, PollMetrics metrics, Duration tick) {
        this.poller = poller;
        this.workers = workers;
        this.metrics = metrics;
        this.tick = tick;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.feeds = context.getStateStore(FEEDS_STORE);
        this.states = context.getStateStore(STATE_STORE);
        // the stores are restored before init: they hold this task's feeds and where each one's polling stood
        try (KeyValueIterator<String, FeedConfig> all = feeds.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.enabled()) {
                    due.schedule(entry.key, stateOf(entry.key).nextPollAt());
                }
            });
        }
        workers.join();
        LOG.info("task {}: {} feeds to poll", context.taskId(), due.size());
        punctuation = context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, FeedConfig> record) {
        String url = record.key();
        FeedConfig feed = record.value();
        if (url == null || (feed != null && !url.equals(feed.url()))) {
            throw new IllegalArgumentException("a registry record's key must be its feed's url: key " + url
                    + ", url " + (feed == null ? null : feed.url()));
        }
        if (feed == null) {
            remove(url, record.timestamp());
            return;
        }
        FeedConfig previous = feeds.get(url);
        feeds.put(url, feed);
        if (!feed.enabled()) {
            due.remove(url);
        } else if (!inFlight.containsKey(url)) {
            boolean shortened = previous != null && feed.pollIntervalSeconds() < previous.pollIntervalSeconds();
            FeedState state = stateOf(url);
            due.schedule(url, shortened ? poller.afterIntervalChange(feed, state) : state.nextPollAt());
        }
    }

    private void remove(String url, long timestamp) {
        feeds.delete(url);
        due.remove(url);
        if (states.delete(url) != null) {
            context.forward(new Record<String, Object>(url, null, timestamp), STATE_SINK);
        }
    }

    private void tick(long timestamp) {
        commitFinishedPolls(timestamp);
        startDuePolls(Instant.ofEpochMilli(timestamp));
    }

    private void commitFinishedPolls(long timestamp) {
        Iterator<Map.Entry<String, Future<PollResult>>> pending = inFlight.entrySet().iterator();
        while (pending.hasNext()) {
            Map.Entry<String, Future<PollResult>> entry = pending.next();
            if (!entry.getValue().isDone()) {
                continue;
            }
            pending.remove();
            resultOf(entry.getKey(), entry.getValue()).ifPresentOrElse(
                    result -> commit(result, timestamp),
                    () -> reschedule(entry.getKey(), Instant.ofEpochMilli(timestamp).plus(RETRY_AFTER_CRASH)));
        }
    }

    private void commit(PollResult result, long timestamp) {
        String url = result.feedUrl();
        FeedConfig feed = feeds.get(url);
        if (feed == null) {
            // removed from the registry while it was being polled
            return;
        }
        if (result.outcome().equals(FetchOutcome.INTERRUPTED.name())) {
            reschedule(url, Instant.ofEpochMilli(timestamp));
            return;
        }
        if (result.outcome().equals(FetchOutcome.HOST_BUSY.name())) {
            // nothing happened at the feed, so there is nothing to commit
            metrics.deferred();
            reschedule(url, result.state().nextPollAt());
            return;
        }
        for (RawItem item : result.items()) {
            context.forward(new Record<String, Object>(item.itemId(), item, timestamp), RAW_SINK);
        }
        states.put(url, result.state());
        context.forward(new Record<String, Object>(url, result.state(), timestamp), STATE_SINK);
        metrics.polled(result.outcome());
        metrics.published(result.items().size());
        if (result.movedTo() != null) {
            LOG.info("feed {} moved permanently to {}: updating the registry", url, result.movedTo().url());
            context.forward(new Record<String, Object>(result.movedTo().url(), result.movedTo(), timestamp),
                    REGISTRY_SINK);
            context.forward(new Record<String, Object>(url, null, timestamp), REGISTRY_SINK);
        }
        reschedule(url, result.state().nextPollAt());
    }

    private void reschedule(String url, Instant at) {
        FeedConfig feed = feeds.get(url);
        if (feed != null && feed.enabled()) {
            due.schedule(url, at);
        }
    }

    private void startDuePolls(Instant now) {
        int share = workers.fairShare();
        Optional<String> next;
        while (share > 0 && (next = due.firstDue(now)).isPresent()) {
            String url = next.get();
            FeedConfig feed = feeds.get(url);
            if (feed == null || !feed.enabled()) {
                due.remove(url);
                continue;
            }
            FeedState state = stateOf(url);
            Optional<Future<PollResult>> started = workers.trySubmit(() -> poller.poll(feed, state));
            if (started.isEmpty()) {
                return;
            }
            due.remove(url);
            inFlight.put(url, started.get());
            share--;
        }
    }

    private FeedState stateOf(String url) {
        FeedState state = states.get(url);
        return state == null ? FeedState.initial(url) : state;
    }

    private static Optional<PollResult> resultOf(String url, Future<PollResult> future) {
        try {
            return Optional.of(future.get());
        } catch (ExecutionException | CancellationException e) {
            LOG.error("poll of {} died", url, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (punctuation != null) {
            punctuation.cancel();
        }
        inFlight.values().forEach(future -> future.cancel(true));
        inFlight.clear();
        if (context != null) {
            workers.leave();
        }
    }
}
