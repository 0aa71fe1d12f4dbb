package io.newswire.local.bench;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The usual way to read feeds, as Camel's rss component does: every feed on a fixed delay, each poll
 * {@code new SyndFeedInput().build(new XmlReader(new URL(url)))} on a shared pool. No conditional GET, no backoff,
 * no Retry-After, no per-host limit, no timeouts ({@code XmlReader(URL)} opens a plain {@code URLConnection}).
 * Entries are counted, not deduplicated or published.
 */
public final class NaivePoller implements AutoCloseable {

    private final ScheduledThreadPoolExecutor pool;
    private final LongAdder polls = new LongAdder();
    private final LongAdder entries = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger mostBusy = new AtomicInteger();

    public NaivePoller(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "naive-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls each feed every {@code interval}, the first polls spread evenly over one interval. */
    public void start(List<String> feedUrls, Duration interval) {
        long periodMillis = interval.toMillis();
        for (int i = 0; i < feedUrls.size(); i++) {
            String url = feedUrls.get(i);
            pool.scheduleWithFixedDelay(() -> poll(url), periodMillis * i / feedUrls.size(), periodMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void poll(String url) {
        mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
        try {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(new URL(url)));
            entries.add(feed.getEntries().size());
        } catch (Exception e) {
            failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
        } finally {
            busy.decrementAndGet();
            polls.increment();
        }
    }

    /** Polls finished so far, failed ones included. */
    public long polls() {
        return polls.sum();
    }

    public long entries() {
        return entries.sum();
    }

    /** Failed polls by exception type. */
    public Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        failures.forEach((type, count) -> copy.put(type, count.sum()));
        return copy;
    }

    /** The most polls that were running at once. */
    public int mostBusy() {
        return mostBusy.get();
    }

    /** Polls waiting for a thread although they are due: the pool's backlog. */
    public long overdue() {
        return pool.getQueue().stream().filter(task -> ((Delayed) task)
                .getDelay(TimeUnit.MILLISECONDS) <= 0).count();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
