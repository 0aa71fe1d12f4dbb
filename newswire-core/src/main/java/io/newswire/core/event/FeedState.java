package io.newswire.core.event;

import java.time.Instant;
import java.util.List;

/**
 * What ingest remembers of one feed between polls (topic {@code news.feed-state}, key: feed URL), so that a restart
 * or a rebalance neither re-emits nor misses items. {@code recentItemIds} is bounded, newest first.
 */
public record FeedState(String url, String etag, String lastModified, List<String> recentItemIds,
                        int consecutiveFailures, Instant nextPollAt, Instant lastPolledAt, String lastOutcome)
        implements Versioned {

    public FeedState {
        recentItemIds = recentItemIds == null ? List.of() : List.copyOf(recentItemIds);
    }

    public static FeedState initial(String url) {
        return new FeedState(url, null, null, List.of(), 0, Instant.EPOCH, null, null);
    }
}
