package io.newswire.core.event;

import java.time.Instant;

/**
 * A cleaned, tagged article (topic {@code news.articles}, key: item id). {@code storyId} groups copies and rewrites
 * of one story across outlets; {@code duplicateOf} names the first item of the story when this one is a copy, else
 * null. {@code extraction} is the extractor's status (ok, or why the body is empty).
 */
public record Article(String itemId, String feedUrl, String source, String link, String title, Instant publishedAt,
                      Instant discoveredAt, String text, String language, String byline, String extraction,
                      Tags tags, String storyId, String duplicateOf) implements Versioned {

    public Article {
        tags = tags == null ? Tags.NONE : tags;
    }
}
