package io.newswire.ingest.registry;

import io.newswire.core.event.FeedConfig;

/** A feed as a list file gives it, with the line it is on, so that an error can point there. */
public record ListedFeed(FeedConfig feed, int line) {
}
