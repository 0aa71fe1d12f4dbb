package io.newswire.ingest.poll;

import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.RawItem;
import java.util.List;

/**
 * What one poll of a feed produced, to be committed by the stream thread in one transaction: the new items, the
 * feed's next state and, when the feed moved permanently, its registry entry under the new address.
 *
 * @param outcome how the poll went, as counted in metrics and kept in {@link FeedState#lastOutcome()}
 * @param movedTo the feed under its new URL after a permanent redirect, else null
 */
public record PollResult(String feedUrl, String outcome, List<RawItem> items, FeedState state, FeedConfig movedTo) {

    public PollResult {
        items = List.copyOf(items);
    }
}
