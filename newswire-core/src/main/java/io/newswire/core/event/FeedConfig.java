package io.newswire.core.event;

/** An entry of the feed registry (topic {@code news.feeds}, key: feed URL). A tombstone removes the feed. */
public record FeedConfig(String url, String title, int pollIntervalSeconds, String language, boolean enabled)
        implements Versioned {

    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 300;

    public FeedConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("feed url is required");
        }
        if (pollIntervalSeconds <= 0) {
            pollIntervalSeconds = DEFAULT_POLL_INTERVAL_SECONDS;
        }
    }
}
