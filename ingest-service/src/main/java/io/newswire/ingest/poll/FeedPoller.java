package io.newswire.ingest.poll;

import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.RawItem;
import io.newswire.ingest.feed.FeedEntry;
import io.newswire.ingest.feed.FeedParseException;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.feed.ParsedFeed;
import io.newswire.ingest.fetch.FetchOutcome;
import io.newswire.ingest.fetch.FetchRequest;
import io.newswire.ingest.fetch.FetchResult;
import io.newswire.ingest.fetch.HtmlDecoder;
import io.newswire.ingest.fetch.PollPolicy;
import io.newswire.ingest.fetch.PollSchedule;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the I/O of one poll, on a worker thread: a conditional GET of the feed with the stored validators, then, for
 * each entry not seen before, a GET of its article page. It changes nothing itself; the stream thread commits the
 * returned {@link PollResult}. An article page that cannot be fetched does not hold its item back: the item goes out
 * with its summary, {@code html} null and the reason in {@code fetchStatus}.
 */
public final class FeedPoller {

    /**
     * UTF-8 bytes of article HTML kept in a {@link RawItem}: articles are rarely larger, and the whole record must stay
     * under the producer's 8 MiB request limit whatever the JSON escaping adds.
     */
    public static final int MAX_HTML_BYTES = 2 * 1024 * 1024;
    /** UTF-8 bytes of an entry's summary kept: a summary is a paragraph, a longer one is a feed gone wrong. */
    public static final int MAX_SUMMARY_BYTES = 256 * 1024;
    public static final String PARSE_ERROR = "PARSE_ERROR";
    public static final String POLLER_ERROR = "POLLER_ERROR";

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    /** The HTTP side; in production {@code HttpFetcher::fetch}. */
    @FunctionalInterface
    public interface Fetcher {
        FetchResult fetch(FetchRequest request);
    }

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final NewItemFilter filter;
    private final PollPolicy policy;
    private final PollSchedule schedule;
    private final Clock clock;
    private final PollMetrics metrics;
    private final int maxItemsPerPoll;

    /**
     * @param maxItemsPerPoll new items published by one poll at most, oldest first; the rest follow in the next
     *                        polls, right after. It bounds a poll's memory, transaction and time to first item.
     */
    public FeedPoller(Fetcher fetcher, FeedParser parser, NewItemFilter filter, PollPolicy policy,
                      PollSchedule schedule, Clock clock, PollMetrics metrics, int maxItemsPerPoll) {
        if (maxItemsPerPoll < 1) {
            throw new IllegalArgumentException("maxItemsPerPoll must be positive: " + maxItemsPerPoll);
        }
        this.fetcher = fetcher;
        this.parser = parser;
        this.filter = filter;
        this.policy = policy;
        this.schedule = schedule;
        this.clock = clock;
        this.metrics = metrics;
        this.maxItemsPerPoll = maxItemsPerPoll;
    }

    /** Never throws: whatever goes wrong becomes a failed poll of this feed, retried with backoff. */
    public PollResult poll(FeedConfig feed, FeedState state) {
        try {
            return fetchAndParse(feed, state);
        } catch (RuntimeException e) {
            LOG.error("poll of {} failed unexpectedly", feed.url(), e);
            return failed(feed, state, POLLER_ERROR, null);
        }
    }

    private PollResult fetchAndParse(FeedConfig feed, FeedState state) {
        FetchResult fetch = fetcher.fetch(FetchRequest.feed(feed.url(), state.etag(), state.lastModified()));
        metrics.fetched("feed", fetch.bytesRead());
        FetchOutcome outcome = fetch.outcome();
        if (outcome == FetchOutcome.INTERRUPTED) {
            return interrupted(feed, state);
        }
        if (outcome == FetchOutcome.HOST_BUSY) {
            return hostBusy(feed, state, fetch.hints().retryAfter());
        }
        if (outcome.isFailure()) {
            LOG.info("feed {}: {}", feed.url(), fetch);
            return failed(feed, state, outcome.name(), fetch);
        }
        Instant now = clock.instant();
        if (outcome == FetchOutcome.NOT_MODIFIED) {
            FeedState next = new FeedState(feed.url(), fetch.etag(), fetch.lastModified(), state.recentItemIds(), 0,
                    schedule.nextPollAt(fetch, interval(feed), null, 0), now, outcome.name());
            return new PollResult(feed.url(), outcome.name(), List.of(), next, movedTo(feed, fetch));
        }
        ParsedFeed parsed;
        try {
            // the registered URL, not where a temporary redirect led: feed-local ids are scoped by it and must not
            // change with a CDN's rotating URLs
            parsed = parser.parse(fetch.body(), fetch.contentType(), new URI(feed.url()));
        } catch (FeedParseException | URISyntaxException e) {
            LOG.info("feed {}: cannot parse: {}", feed.url(), e.getMessage());
            return failed(feed, state, PARSE_ERROR, asFailure(fetch, e.getMessage()));
        }
        List<FeedEntry> fresh = filter.newEntries(state.recentItemIds(), parsed.entries());
        // feeds list newest first; publishing oldest first keeps news.raw in the order things happened
        List<RawItem> items = new ArrayList<>();
        for (int i = fresh.size() - 1; i >= 0 && items.size() < maxItemsPerPoll; i--) {
            items.add(item(feed, parsed, fresh.get(i), now));
            if (Thread.currentThread().isInterrupted()) {
                return interrupted(feed, state);
            }
        }
        List<String> remembered = filter.remember(state.recentItemIds(), parsed.entries(),
                items.stream().map(RawItem::itemId).toList());
        if (items.size() < fresh.size()) {
            // the rest right away, and unconditionally: a 304 would hide the entries not yet published
            FeedState backlog = new FeedState(feed.url(), null, null, remembered, 0, now, now, outcome.name());
            return new PollResult(feed.url(), outcome.name(), items, backlog, movedTo(feed, fetch));
        }
        Duration ttl = parsed.ttlMinutes() == null ? null : Duration.ofMinutes(parsed.ttlMinutes());
        FeedState next = new FeedState(feed.url(), fetch.etag(), fetch.lastModified(), remembered, 0,
                schedule.nextPollAt(fetch, interval(feed), ttl, 0), now, outcome.name());
        return new PollResult(feed.url(), outcome.name(), items, next, movedTo(feed, fetch));
    }

    /**
     * When to poll a feed whose interval was just shortened: no later than its last successful poll plus the new
     * interval. A failing feed keeps its backoff.
     */
    public Instant afterIntervalChange(FeedConfig feed, FeedState state) {
        if (state.lastPolledAt() == null || state.consecutiveFailures() > 0) {
            return state.nextPollAt();
        }
        Instant sooner = state.lastPolledAt().plus(interval(feed));
        return sooner.isBefore(state.nextPollAt()) ? sooner : state.nextPollAt();
    }

    private RawItem item(FeedConfig feed, ParsedFeed parsed, FeedEntry entry, Instant now) {
        String html = null;
        String status;
        if (entry.link() == null) {
            status = "NO_LINK";
        } else {
            FetchResult page = fetcher.fetch(FetchRequest.article(entry.link()));
            metrics.fetched("article", page.bytesRead());
            if (page.outcome() == FetchOutcome.OK) {
                RecordText text = RecordText.of(HtmlDecoder.decodeToString(page.body(), page.contentType()),
                        MAX_HTML_BYTES);
                html = text.text();
                status = text.truncated() ? "OK_TRUNCATED" : "OK";
            } else {
                status = page.outcome().name() + (page.detail() == null ? "" : ": " + page.detail());
                metrics.articleFetchFailed(page.outcome().name());
            }
        }
        String feedTitle = feed.title() != null ? feed.title() : parsed.title();
        String summary = entry.summary() == null ? null : RecordText.of(entry.summary(), MAX_SUMMARY_BYTES).text();
        return new RawItem(entry.itemId(), feed.url(), feedTitle, entry.guid(), entry.link(), entry.title(),
                summary, entry.publishedAt(), now, html, status, feed.language());
    }

    private PollResult failed(FeedConfig feed, FeedState state, String outcome, FetchResult fetch) {
        int failures = state.consecutiveFailures() + 1;
        Instant next = fetch == null
                ? clock.instant().plus(min(policy.backoffBase().multipliedBy(failures), policy.backoffCap()))
                : schedule.nextPollAt(fetch, interval(feed), null, failures);
        FeedState failed = new FeedState(feed.url(), state.etag(), state.lastModified(), state.recentItemIds(),
                failures, next, clock.instant(), outcome);
        return new PollResult(feed.url(), outcome, List.of(), failed, null);
    }

    /** Nothing was asked of the host: the feed is polled again once the host allows, with its state as it was. */
    private PollResult hostBusy(FeedConfig feed, FeedState state, Duration readyIn) {
        FeedState later = new FeedState(feed.url(), state.etag(), state.lastModified(), state.recentItemIds(),
                state.consecutiveFailures(), clock.instant().plus(readyIn), state.lastPolledAt(), state.lastOutcome());
        return new PollResult(feed.url(), FetchOutcome.HOST_BUSY.name(), List.of(), later, null);
    }

    /** The task is closing: nothing is kept, the next owner polls again from the committed state. */
    private static PollResult interrupted(FeedConfig feed, FeedState state) {
        return new PollResult(feed.url(), FetchOutcome.INTERRUPTED.name(), List.of(), state, null);
    }

    /** The configured interval within the policy's floor and ceiling. */
    private Duration interval(FeedConfig feed) {
        Duration configured = Duration.ofSeconds(feed.pollIntervalSeconds());
        return configured.compareTo(policy.minInterval()) < 0 ? policy.minInterval()
                : configured.compareTo(policy.maxInterval()) > 0 ? policy.maxInterval() : configured;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static FeedConfig movedTo(FeedConfig feed, FetchResult fetch) {
        if (!fetch.permanentlyRedirected() || fetch.permanentUrl().equals(feed.url())) {
            return null;
        }
        return new FeedConfig(fetch.permanentUrl(), feed.title(), feed.pollIntervalSeconds(), feed.language(),
                feed.enabled());
    }

    /** A 200 whose body is not a feed backs off like any failure; PollSchedule reads that from the outcome. */
    private static FetchResult asFailure(FetchResult fetch, String reason) {
        return new FetchResult(FetchOutcome.UNDECODABLE, fetch.status(), fetch.requestUrl(), fetch.finalUrl(), null,
                new byte[0], fetch.contentType(), null, null, fetch.hints(), fetch.elapsed(), fetch.bytesRead(),
                reason);
    }
}
