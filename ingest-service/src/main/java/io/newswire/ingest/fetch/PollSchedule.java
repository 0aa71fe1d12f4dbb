package io.newswire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next, from how the last fetch went. Pure apart from the clock and the jitter source, both
 * passed in.
 *
 * <ul>
 *   <li>After a success (200 or 304): the feed's base interval, but not sooner than the server asked (Cache-Control
 *       max-age or Expires, and the RSS {@code ttl}), those hints clamped to the policy's bounds.</li>
 *   <li>After a failure: exponential backoff with full jitter (uniform in [0, min(cap, base * 2^(failures-1))]),
 *       at least the minimum interval, and never before a Retry-After (clamped to the maximum interval).</li>
 * </ul>
 */
public final class PollSchedule {

    private final PollPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;

    public PollSchedule(PollPolicy policy, Clock clock, RandomGenerator random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    /**
     * @param baseInterval        the feed's configured poll interval
     * @param feedTtl             the RSS {@code <ttl>} of the last parsed feed, null when none
     * @param consecutiveFailures failures in a row including this result (0 after a success)
     */
    public Instant nextPollAt(FetchResult result, Duration baseInterval, Duration feedTtl, int consecutiveFailures) {
        return nextPollAt(result.outcome(), result.hints(), baseInterval, feedTtl, consecutiveFailures);
    }

    /** The same, for a poll that failed after the fetch (a body that is not a feed): pass a failure outcome. */
    public Instant nextPollAt(FetchOutcome outcome, ServerHints hints, Duration baseInterval, Duration feedTtl,
                              int consecutiveFailures) {
        return clock.instant().plus(delay(outcome, hints, baseInterval, feedTtl, consecutiveFailures));
    }

    Duration delay(FetchOutcome outcome, ServerHints hints, Duration baseInterval, Duration feedTtl,
                   int consecutiveFailures) {
        if (outcome == FetchOutcome.INTERRUPTED) {
            return Duration.ZERO;
        }
        if (outcome.isSuccess()) {
            Duration hint = longest(hints.freshness(), feedTtl);
            Duration floor = hint == null ? policy.minInterval() : clamp(hint);
            return longest(baseInterval, floor);
        }
        Duration backoff = longest(backoff(Math.max(1, consecutiveFailures)), policy.minInterval());
        return hints.retryAfter() == null ? backoff : longest(backoff, clamp(hints.retryAfter()));
    }

    private Duration backoff(int failures) {
        long baseMillis = policy.backoffBase().toMillis();
        long capMillis = policy.backoffCap().toMillis();
        // past 2^30 any sane base has long passed the cap; the shift must not overflow
        int doublings = Math.min(failures - 1, 30);
        long ceiling = baseMillis > capMillis >> doublings ? capMillis : baseMillis << doublings;
        return Duration.ofMillis((long) (random.nextDouble() * (ceiling + 1)));
    }

    private Duration clamp(Duration hint) {
        return hint.compareTo(policy.minInterval()) < 0 ? policy.minInterval()
                : hint.compareTo(policy.maxInterval()) > 0 ? policy.maxInterval() : hint;
    }

    private static Duration longest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
