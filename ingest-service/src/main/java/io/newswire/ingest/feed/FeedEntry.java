package io.newswire.ingest.feed;

import java.time.Instant;

/**
 * One item of a parsed feed. {@code itemId} is the stable id from {@link ItemIdentity}; {@code link} is already
 * canonical (absolute, tracking parameters and fragment removed). Any other field may be null when the feed
 * does not carry it.
 */
public record FeedEntry(String itemId, String guid, String link, String title, String summary,
                        Instant publishedAt, String author) {

    FeedEntry withItemId(String id) {
        return new FeedEntry(id, guid, link, title, summary, publishedAt, author);
    }
}
