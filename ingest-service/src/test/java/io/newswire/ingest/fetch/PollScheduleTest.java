package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration BASE = Duration.ofMinutes(5);
    private static final PollPolicy POLICY = new PollPolicy(Duration.ofMinutes(1), Duration.ofHours(6),
            Duration.ofMinutes(1), Duration.ofHours(4));
    /** Jitter draws at the two ends of [0, 1). */
    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    @Test
    void shouldPollAtTheBaseIntervalAfterASuccessWithoutHints() {
        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, ServerHints.NONE, null, 0)).isEqualTo(BASE);
        assertThat(delay(schedule(LOWEST), FetchOutcome.NOT_MODIFIED, ServerHints.NONE, null, 0)).isEqualTo(BASE);
    }

    @Test
    void shouldNotPollSoonerThanMaxAgeOrTtl() {
        ServerHints maxAge = new ServerHints(null, Duration.ofMinutes(30));

        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, maxAge, null, 0)).isEqualTo(Duration.ofMinutes(30));
        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, maxAge, Duration.ofMinutes(60), 0))
                .isEqualTo(Duration.ofMinutes(60));
        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, new ServerHints(null, Duration.ofSeconds(10)), null, 0))
                .as("a hint shorter than the base interval changes nothing").isEqualTo(BASE);
    }

    @Test
    void shouldClampHintsToTheConfiguredBounds() {
        ServerHints week = new ServerHints(null, Duration.ofDays(7));

        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, week, null, 0)).isEqualTo(Duration.ofHours(6));
        assertThat(delay(schedule(LOWEST), FetchOutcome.OK, ServerHints.NONE, Duration.ofDays(1), 0))
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void shouldNeverPollFasterThanTheMinimumInterval() {
        Duration tooEager = Duration.ofSeconds(5);

        assertThat(schedule(LOWEST).delay(FetchOutcome.OK, ServerHints.NONE, tooEager, null, 0))
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(delay(schedule(LOWEST), FetchOutcome.TIMEOUT, ServerHints.NONE, null, 1))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldDoubleTheBackoffCeilingWithEachFailureUpToTheCap() {
        PollSchedule schedule = schedule(HIGHEST);

        assertThat(delay(schedule, FetchOutcome.SERVER_ERROR, ServerHints.NONE, null, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delay(schedule, FetchOutcome.SERVER_ERROR, ServerHints.NONE, null, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delay(schedule, FetchOutcome.SERVER_ERROR, ServerHints.NONE, null, 5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(delay(schedule, FetchOutcome.SERVER_ERROR, ServerHints.NONE, null, 9)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldKeepRetryingAtTheCapHoweverLongAFeedFails() {
        Duration delay = delay(schedule(HIGHEST), FetchOutcome.NETWORK_ERROR, ServerHints.NONE, null, Integer.MAX_VALUE);

        assertThat(delay).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldKeepJitteredBackoffWithinItsBounds() {
        PollSchedule schedule = schedule(new Random(7));
        Duration shortest = Duration.ofDays(1);
        Duration longest = Duration.ZERO;
        for (int failures = 1; failures <= 12; failures++) {
            Duration ceiling = Duration.ofMinutes(1L << Math.min(failures - 1, 8));
            Duration capped = ceiling.compareTo(Duration.ofHours(4)) > 0 ? Duration.ofHours(4) : ceiling;
            for (int draw = 0; draw < 200; draw++) {
                Duration delay = delay(schedule, FetchOutcome.TIMEOUT, ServerHints.NONE, null, failures);
                assertThat(delay).isBetween(Duration.ofMinutes(1), capped);
                shortest = delay.compareTo(shortest) < 0 ? delay : shortest;
                longest = delay.compareTo(longest) > 0 ? delay : longest;
            }
        }
        assertThat(longest).as("jitter spreads retries out").isGreaterThan(Duration.ofHours(3));
        assertThat(shortest).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldNotRetryBeforeRetryAfter() {
        ServerHints twoHours = new ServerHints(Duration.ofHours(2), null);

        assertThat(delay(schedule(LOWEST), FetchOutcome.RATE_LIMITED, twoHours, null, 1)).isEqualTo(Duration.ofHours(2));
        assertThat(delay(schedule(HIGHEST), FetchOutcome.SERVER_ERROR, twoHours, null, 9))
                .as("backoff longer than Retry-After wins").isEqualTo(Duration.ofHours(4));
    }

    @Test
    void shouldBoundAnExcessiveRetryAfter() {
        ServerHints twoDays = new ServerHints(Duration.ofDays(2), null);

        assertThat(delay(schedule(LOWEST), FetchOutcome.RATE_LIMITED, twoDays, null, 1)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void shouldRetryAtOnceAfterAnInterruptionWhichIsNotTheFeedsFault() {
        assertThat(delay(schedule(HIGHEST), FetchOutcome.INTERRUPTED, ServerHints.NONE, null, 3)).isZero();
    }

    @Test
    void shouldTimeTheNextPollFromTheClock() {
        FetchResult notModified = new FetchResult(FetchOutcome.NOT_MODIFIED, 304, "http://a/", "http://a/", null,
                new byte[0], null, null, null, ServerHints.NONE, Duration.ZERO, 0, null);

        assertThat(schedule(LOWEST).nextPollAt(notModified, BASE, null, 0)).isEqualTo(NOW.plus(BASE));
    }

    private static PollSchedule schedule(RandomGenerator random) {
        return new PollSchedule(POLICY, Clock.fixed(NOW, ZoneOffset.UTC), random);
    }

    private static Duration delay(PollSchedule schedule, FetchOutcome outcome, ServerHints hints, Duration ttl,
                                  int failures) {
        return schedule.delay(outcome, hints, BASE, ttl, failures);
    }
}
