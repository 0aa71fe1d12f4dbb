package io.newswire.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Politeness towards each host: at most {@code maxConcurrent} requests in flight and at least {@code minSpacing}
 * between the starts of two requests. Callers block in {@link #acquire} until both allow a start.
 */
public final class HostLimiter {

    /** Waits for a number of nanoseconds; a test passes one that records instead of waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    /** Held while a request runs; closing it frees the slot. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int maxConcurrent;
    private final long minSpacingNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();

    public HostLimiter(int maxConcurrent, Duration minSpacing, LongSupplier nanoTime, Sleeper sleeper) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
        }
        this.maxConcurrent = maxConcurrent;
        this.minSpacingNanos = minSpacing.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public HostLimiter(int maxConcurrent, Duration minSpacing) {
        this(maxConcurrent, minSpacing, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    public Permit acquire(String host) throws InterruptedException {
        HostSlot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HostSlot(new Semaphore(maxConcurrent, true)));
        slot.inFlight.acquire();
        try {
            long wait = slot.reserveStart(nanoTime.getAsLong(), minSpacingNanos);
            if (wait > 0) {
                sleeper.sleepNanos(wait);
            }
        } catch (InterruptedException e) {
            slot.inFlight.release();
            throw e;
        }
        return slot.inFlight::release;
    }

    /** Requests in flight to this host; for tests and metrics. */
    public int inFlight(String host) {
        HostSlot slot = slots.get(host.toLowerCase(Locale.ROOT));
        return slot == null ? 0 : maxConcurrent - slot.inFlight.availablePermits();
    }

    private static final class HostSlot {
        final Semaphore inFlight;
        private long nextStart = Long.MIN_VALUE;

        HostSlot(Semaphore inFlight) {
            this.inFlight = inFlight;
        }

        /** Books the earliest start allowed by the spacing and returns how long to wait for it. */
        synchronized long reserveStart(long now, long spacing) {
            long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
            nextStart = start + spacing;
            return start - now;
        }
    }
}
