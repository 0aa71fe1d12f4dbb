package io.newswire.ingest.poll;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that do the HTTP work of polls, shared by all stream tasks of an instance so that the stream threads
 * never block on the network. A poll is only accepted when a thread is free: the due feeds then wait in their task's
 * schedule rather than in an unbounded queue, and a task that closes loses nothing but its own pending polls.
 */
public final class PollWorkers implements AutoCloseable {

    private final int threads;
    private final Semaphore free;
    private final ExecutorService pool;
    private final AtomicInteger tasks = new AtomicInteger();

    public PollWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("poll workers must be at least 1: " + threads);
        }
        this.threads = threads;
        this.free = new Semaphore(threads);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "feed-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the poll if a worker is free; cancelling the returned future interrupts the poll's fetches. */
    public Optional<Future<PollResult>> trySubmit(Callable<PollResult> poll) {
        if (!free.tryAcquire()) {
            return Optional.empty();
        }
        FutureTask<PollResult> task = new FutureTask<>(poll) {
            @Override
            protected void done() {
                free.release();
            }
        };
        try {
            pool.execute(task);
            return Optional.of(task);
        } catch (RejectedExecutionException closed) {
            free.release();
            return Optional.empty();
        }
    }

    /** A task that will submit polls; each task calls {@link #leave()} when it closes. */
    public void join() {
        tasks.incrementAndGet();
    }

    public void leave() {
        tasks.decrementAndGet();
    }

    /**
     * How many polls one task may start at a time: the tasks of a stream thread take turns in a fixed order, so
     * without a share the first one with a backlog would take every worker that frees up.
     */
    public int fairShare() {
        return Math.max(1, threads / Math.max(1, tasks.get()));
    }

    public int inFlight() {
        return threads - free.availablePermits();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
