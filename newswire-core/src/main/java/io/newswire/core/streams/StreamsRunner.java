package io.newswire.core.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Streams app for its whole life: binds its metrics, reports readiness (RUNNING), and ends when the app
 * is closed or dies; a dead app makes {@link #awaitTermination()} return false so that main exits non-zero and the
 * orchestrator restarts it.
 */
public final class StreamsRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics metrics;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile boolean failed;

    public StreamsRunner(String name, Topology topology, Properties props, MeterRegistry registry) {
        this.name = name;
        this.streams = new KafkaStreams(topology, props);
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{}: stream thread died, shutting down the client", name, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((next, previous) -> {
            LOG.info("{}: {} -> {}", name, previous, next);
            if (next == KafkaStreams.State.ERROR) {
                failed = true;
            }
            if (next == KafkaStreams.State.ERROR || next == KafkaStreams.State.NOT_RUNNING) {
                terminated.countDown();
            }
        });
    }

    public StreamsRunner start() {
        streams.start();
        return this;
    }

    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The running app, for interactive queries of its stores. */
    public KafkaStreams streams() {
        return streams;
    }

    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isRunning() && System.nanoTime() < deadline && terminated.getCount() > 0) {
            terminated.await(50, TimeUnit.MILLISECONDS);
        }
        return isRunning();
    }

    /** Blocks until the app stops; false if it stopped because it failed. */
    public boolean awaitTermination() throws InterruptedException {
        terminated.await();
        return !failed;
    }

    @Override
    public void close() {
        LOG.info("{}: closing", name);
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        metrics.close();
        terminated.countDown();
    }
}
