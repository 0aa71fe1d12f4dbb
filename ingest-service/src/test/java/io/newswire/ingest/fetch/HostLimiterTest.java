package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HostLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final List<Long> waits = new ArrayList<>();
    /** Records each wait and lets the fake clock pass it. */
    private final HostLimiter.Sleeper sleeper = nanos -> {
        waits.add(nanos);
        clock.addAndGet(nanos);
    };

    @Test
    void shouldSpaceTheStartsOfRequestsToOneHost() throws Exception {
        HostLimiter limiter = new HostLimiter(4, Duration.ofSeconds(1), clock::get, sleeper);

        limiter.acquire("news.example.com").close();
        limiter.acquire("news.example.com").close();
        clock.addAndGet(SECOND / 4);
        limiter.acquire("NEWS.example.com").close();

        assertThat(waits).containsExactly(SECOND, SECOND * 3 / 4);
    }

    @Test
    void shouldNotMakeOneHostWaitForAnother() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ofSeconds(1), clock::get, sleeper);

        limiter.acquire("a.example.com").close();
        limiter.acquire("b.example.com").close();

        assertThat(waits).isEmpty();
    }

    @Test
    void shouldForgetIdleHostsOnceManyAreTracked() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ofSeconds(1), clock::get, sleeper);
        HostLimiter.Permit busy = limiter.acquire("busy.example.com");
        for (int i = 0; i <= HostLimiter.SWEEP_THRESHOLD; i++) {
            limiter.acquire("host" + i + ".example.com").close();
        }
        clock.addAndGet(2 * SECOND);

        limiter.acquire("one-more.example.com").close();

        assertThat(limiter.trackedHosts()).as("the busy host and the newest one").isEqualTo(2);
        assertThat(limiter.inFlight("busy.example.com")).isEqualTo(1);
        busy.close();
    }

    @Test
    void shouldRememberAHostWhoseSpacingHasNotPassed() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ofSeconds(1), clock::get, sleeper);
        limiter.acquire("news.example.com").close();
        for (int i = 0; i <= HostLimiter.SWEEP_THRESHOLD; i++) {
            limiter.acquire("host" + i + ".example.com").close();
        }

        limiter.acquire("news.example.com").close();

        assertThat(waits).containsExactly(SECOND);
    }

    @Test
    void shouldFreeTheSlotOnlyOnceWhenAPermitIsClosedTwice() throws Exception {
        HostLimiter limiter = new HostLimiter(2, Duration.ZERO, clock::get, sleeper);
        HostLimiter.Permit first = limiter.acquire("a.example.com");
        HostLimiter.Permit second = limiter.acquire("a.example.com");

        first.close();
        first.close();

        assertThat(limiter.inFlight("a.example.com")).isEqualTo(1);
        second.close();
    }

    @Test
    void shouldHoldBackARequestBeyondTheConcurrencyLimitUntilOneFinishes() throws Exception {
        HostLimiter limiter = new HostLimiter(2, Duration.ZERO, clock::get, sleeper);
        HostLimiter.Permit first = limiter.acquire("slow.example.com");
        HostLimiter.Permit second = limiter.acquire("slow.example.com");
        AtomicReference<Thread> waiter = new AtomicReference<>();

        CompletableFuture<HostLimiter.Permit> third = CompletableFuture.supplyAsync(() -> {
            waiter.set(Thread.currentThread());
            try {
                return limiter.acquire("slow.example.com");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> waiter.get() != null && waiter.get().getState() == Thread.State.WAITING);
        assertThat(third).isNotDone();
        assertThat(limiter.inFlight("slow.example.com")).isEqualTo(2);

        first.close();

        await().until(third::isDone);
        third.get().close();
        second.close();
        assertThat(limiter.inFlight("slow.example.com")).isZero();
    }

    @Test
    void shouldStartARequestWithoutWaitingOnlyOnceTheSpacingHasPassed() {
        HostLimiter limiter = new HostLimiter(4, Duration.ofSeconds(1), clock::get, sleeper);

        assertThat(limiter.tryAcquire("news.example.com")).hasValueSatisfying(HostLimiter.Permit::close);
        clock.addAndGet(SECOND / 4);
        assertThat(limiter.tryAcquire("news.example.com")).isEmpty();
        assertThat(limiter.nextTurn("news.example.com")).isEqualTo(Duration.ofMillis(750));
        clock.addAndGet(SECOND * 3 / 4);

        assertThat(limiter.tryAcquire("news.example.com")).isPresent();
        assertThat(limiter.nextTurn("other.example.com")).isZero();
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldGiveFeedsTurnedAwayTogetherTurnsOneSpacingApart() {
        HostLimiter limiter = new HostLimiter(4, Duration.ofSeconds(1), clock::get, sleeper);
        assertThat(limiter.tryAcquire("news.example.com")).isPresent();

        assertThat(List.of(limiter.nextTurn("news.example.com"), limiter.nextTurn("news.example.com"),
                limiter.nextTurn("news.example.com")))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        clock.addAndGet(5 * SECOND);
        assertThat(limiter.nextTurn("news.example.com")).as("turns given in the past are not kept").isZero();
    }

    @Test
    void shouldNotStartARequestWhileEverySlotOfTheHostIsTaken() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ZERO, clock::get, sleeper);
        HostLimiter.Permit running = limiter.acquire("slow.example.com");

        assertThat(limiter.tryAcquire("slow.example.com")).isEmpty();
        assertThat(limiter.nextTurn("slow.example.com")).isEqualTo(HostLimiter.BUSY_RETRY);
        assertThat(limiter.inFlight("slow.example.com")).isEqualTo(1);

        running.close();
        assertThat(limiter.tryAcquire("slow.example.com")).isPresent();
    }

    @Test
    void shouldSweepIdleHostsAtMostOnceASecond() throws Exception {
        HostLimiter limiter = new HostLimiter(1, Duration.ZERO, clock::get, sleeper);
        for (int i = 0; i < 3 * HostLimiter.SWEEP_THRESHOLD; i++) {
            limiter.acquire("host" + i + ".example.com").close();
        }
        assertThat(limiter.trackedHosts()).as("one sweep in the first second")
                .isGreaterThan(HostLimiter.SWEEP_THRESHOLD + 1);

        clock.addAndGet(SECOND);
        limiter.acquire("one-more.example.com").close();

        assertThat(limiter.trackedHosts()).isEqualTo(1);
    }
}
