package io.newswire.ingest.fetch;

import java.time.Duration;

/**
 * Bounds of {@link PollSchedule}. Server hints (max-age, Expires, RSS ttl, Retry-After) are honoured within
 * [{@code minInterval}, {@code maxInterval}]; after failures the wait grows from {@code backoffBase}, doubling, up to
 * {@code backoffCap}, and the feed keeps being tried at that pace: a feed is never dropped for good.
 */
public record PollPolicy(Duration minInterval, Duration maxInterval, Duration backoffBase, Duration backoffCap) {

    public PollPolicy {
        if (minInterval.isNegative() || maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("need 0 <= minInterval <= maxInterval: " + minInterval + ", " + maxInterval);
        }
        if (backoffBase.isNegative() || backoffBase.isZero() || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("need 0 < backoffBase <= backoffCap: " + backoffBase + ", " + backoffCap);
        }
    }

    public static PollPolicy defaults() {
        return new PollPolicy(Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(1), Duration.ofHours(6));
    }
}
