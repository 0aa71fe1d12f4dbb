package io.newswire.core.event;

import java.time.Instant;

/**
 * A feed item and its fetched article page (topic {@code news.raw}, key: item id). {@code html} is capped in size
 * and null when the article could not be fetched ({@code fetchStatus} says why); enrich then falls back to the
 * feed's summary.
 */
public record RawItem(String itemId, String feedUrl, String feedTitle, String guid, String link, String title,
                      String summary, Instant publishedAt, Instant discoveredAt, String html, String fetchStatus,
                      String language) implements Versioned {
}
