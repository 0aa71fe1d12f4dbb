package io.newswire.ingest.feed;

import java.util.List;

/**
 * A feed document as the poller needs it. {@code ttlMinutes} is RSS's {@code <ttl>}, null when absent;
 * entries keep document order and carry distinct item ids.
 */
public record ParsedFeed(String title, String link, Integer ttlMinutes, List<FeedEntry> entries) {

    public ParsedFeed {
        entries = List.copyOf(entries);
    }
}
