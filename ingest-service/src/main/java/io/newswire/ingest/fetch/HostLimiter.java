package io.newswire.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Politeness towards each host: at most {@code maxConcurrent} requests in flight and at least {@code minSpacing}
 * between the starts of two requests. Callers block in {@link #acquire} until both allow a start, or ask with
 * {@link #tryAcquire} and, turned away, go elsewhere until their {@link #nextTurn} has come.
 *
 * <p>Article links reach ever new hosts, so a host nobody uses and whose spacing has passed is forgotten once many
 * hosts are tracked; the sweep runs at most once per spacing period or second, whichever is longer, not on every
 * request.
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

    static final int SWEEP_THRESHOLD = 1024;
    /** How soon to ask again when every request slot of the host is taken: no one can say when one frees. */
    static final Duration BUSY_RETRY = Duration.ofMillis(100);

    private final int maxConcurrent;
    private final long minSpacingNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();
    private final long sweepEveryNanos;
    private final AtomicLong nextSweep;

    public HostLimiter(int maxConcurrent, Duration minSpacing, LongSupplier nanoTime, Sleeper sleeper) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
        }
        this.maxConcurrent = maxConcurrent;
        this.minSpacingNanos = minSpacing.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.sweepEveryNanos = Math.max(minSpacingNanos, Duration.ofSeconds(1).toNanos());
        this.nextSweep = new AtomicLong(nanoTime.getAsLong());
    }

    public HostLimiter(int maxConcurrent, Duration minSpacing) {
        this(maxConcurrent, minSpacing, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    public Permit acquire(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        HostSlot slot = join(key);
        try {
            slot.inFlight.acquire();
        } catch (InterruptedException e) {
            leave(key);
            throw e;
        }
        try {
            long wait = slot.reserveStart(nanoTime.getAsLong(), minSpacingNanos);
            if (wait > 0) {
                sleeper.sleepNanos(wait);
            }
        } catch (InterruptedException e) {
            slot.inFlight.release();
            leave(key);
            throw e;
        }
        return permit(key, slot);
    }

    /** A start at the host now if both limits allow it, without waiting; empty otherwise. */
    public Optional<Permit> tryAcquire(String host) {
        String key = host.toLowerCase(Locale.ROOT);
        HostSlot slot = join(key);
        if (!slot.inFlight.tryAcquire()) {
            leave(key);
            return Optional.empty();
        }
        if (!slot.tryReserveStart(nanoTime.getAsLong(), minSpacingNanos)) {
            slot.inFlight.release();
            leave(key);
            return Optional.empty();
        }
        return Optional.of(permit(key, slot));
    }

    /**
     * How long a caller turned away by {@link #tryAcquire} should wait before asking again; zero when it may ask now.
     * Each caller gets its own turn, one spacing (or {@link #BUSY_RETRY} when every slot is taken) after the turns
     * already given, so that the feeds of a host turned away together do not all come back at the same moment.
     */
    public Duration nextTurn(String host) {
        HostSlot slot = slots.get(host.toLowerCase(Locale.ROOT));
        if (slot == null) {
            return Duration.ZERO;
        }
        boolean full = slot.inFlight.availablePermits() == 0;
        long gap = full ? Math.max(minSpacingNanos, BUSY_RETRY.toNanos()) : minSpacingNanos;
        long now = nanoTime.getAsLong();
        return Duration.ofNanos(slot.promiseTurn(now, full ? now + BUSY_RETRY.toNanos() : now, gap) - now);
    }

    /** Requests in flight to this host; for tests and metrics. */
    public int inFlight(String host) {
        HostSlot slot = slots.get(host.toLowerCase(Locale.ROOT));
        return slot == null ? 0 : maxConcurrent - slot.inFlight.availablePermits();
    }

    int trackedHosts() {
        return slots.size();
    }

    /**
     * The host's slot, counted as used until {@link #leave}. Users only change inside compute, atomically per key,
     * so a slot in use is never forgotten.
     */
    private HostSlot join(String key) {
        if (slots.size() > SWEEP_THRESHOLD) {
            maybeForgetIdleHosts();
        }
        return slots.compute(key, (k, existing) -> {
            HostSlot s = existing == null ? new HostSlot(new Semaphore(maxConcurrent, true)) : existing;
            s.users++;
            return s;
        });
    }

    private Permit permit(String key, HostSlot slot) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                slot.inFlight.release();
                leave(key);
            }
        };
    }

    private void leave(String key) {
        slots.computeIfPresent(key, (k, s) -> {
            s.users--;
            return s;
        });
    }

    private void maybeForgetIdleHosts() {
        long now = nanoTime.getAsLong();
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + sweepEveryNanos)) {
            return;
        }
        for (String key : slots.keySet()) {
            slots.computeIfPresent(key, (k, s) -> s.users == 0 && s.spacingPassed(now) ? null : s);
        }
    }

    private static final class HostSlot {
        final Semaphore inFlight;
        /** Callers between acquire and close, waiting ones included; guarded by the map's per-key compute. */
        int users;
        private long nextStart = Long.MIN_VALUE;
        /** The first turn not yet promised to a caller that was turned away. */
        private long promised = Long.MIN_VALUE;

        HostSlot(Semaphore inFlight) {
            this.inFlight = inFlight;
        }

        /** Books the earliest start allowed by the spacing and returns how long to wait for it. */
        synchronized long reserveStart(long now, long spacing) {
            long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
            nextStart = start + spacing;
            return start - now;
        }

        /** Books a start now if the spacing has passed. */
        synchronized boolean tryReserveStart(long now, long spacing) {
            if (!spacingPassed(now)) {
                return false;
            }
            nextStart = now + spacing;
            return true;
        }

        /**
         * The next turn not yet given to a caller, no earlier than {@code earliest} nor the spacing allows; the one
         * after it is {@code gap} later.
         */
        synchronized long promiseTurn(long now, long earliest, long gap) {
            long turn = Math.max(earliest, nextStart == Long.MIN_VALUE ? now : nextStart);
            if (promised != Long.MIN_VALUE && promised - turn > 0) {
                turn = promised;
            }
            promised = turn + gap;
            return turn;
        }

        synchronized boolean spacingPassed(long now) {
            return nextStart == Long.MIN_VALUE || nextStart - now <= 0;
        }
    }
}
