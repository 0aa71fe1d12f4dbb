package io.newswire.local.bench;

/** How a benchmark feed behaves, fixed per feed for the whole run. */
public enum FeedKind {
    /** 200 with a small RSS that gains an item now and then; 304 to a matching conditional GET. */
    HEALTHY,
    /** 429 with a Retry-After. */
    RATE_LIMITED,
    /** A healthy feed that answers only after a delay shorter than the fetch timeouts. */
    SLOW,
    /** 500. */
    SERVER_ERROR,
    /** 200 with an HTML error page instead of a feed, as soft-404 sites send. */
    MALFORMED,
    /** The connection is closed without a response. */
    DROPPED
}
