package io.newswire.core.service;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.ops.OpsServer;
import io.newswire.core.streams.StreamsRunner;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of a service built around one Streams app: the ops endpoint starts first (a taken port fails the
 * start before any record is read), then the app; ready while the app runs (and, for a service that serves from
 * something besides the app, while that is ready too); closing stops the app, then the parts started with it (worker
 * pools, HTTP clients and servers), then the ops endpoint.
 */
public class StreamsService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    private final StreamsRunner streams;
    private final OpsServer ops;
    private final BooleanSupplier ready;
    private final List<AutoCloseable> parts;

    protected StreamsService(Started started) {
        this.streams = started.streams;
        this.ops = started.ops;
        this.ready = started.ready;
        this.parts = started.parts;
    }

    /** What {@link #launch} started, for a subclass's constructor. */
    protected record Started(StreamsRunner streams, OpsServer ops, BooleanSupplier ready, List<AutoCloseable> parts) {
    }

    /** Starts the ops endpoint and then the app; if the endpoint cannot start, closes everything given. */
    protected static Started launch(StreamsRunner streams, int opsPort, PrometheusMeterRegistry registry,
                                    AutoCloseable... parts) {
        return launch(streams, () -> true, opsPort, registry, parts);
    }

    /**
     * As {@link #launch(StreamsRunner, int, PrometheusMeterRegistry, AutoCloseable...)}, for a service that is ready
     * only while {@code alsoReady} holds as well as the app running (e.g. a reader it serves from).
     */
    protected static Started launch(StreamsRunner streams, BooleanSupplier alsoReady, int opsPort,
                                    PrometheusMeterRegistry registry, AutoCloseable... parts) {
        BooleanSupplier ready = () -> streams.isRunning() && alsoReady.getAsBoolean();
        OpsServer ops;
        try {
            ops = OpsServer.start(opsPort, registry, ready);
        } catch (RuntimeException e) {
            streams.close();
            closeAll(List.of(parts));
            throw e;
        }
        streams.start();
        return new Started(streams, ops, ready, List.of(parts));
    }

    public boolean isReady() {
        return ready.getAsBoolean();
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public boolean awaitTermination() throws InterruptedException {
        return streams.awaitTermination();
    }

    @Override
    public void close() {
        streams.close();
        closeAll(parts);
        ops.close();
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", part, e.toString());
            }
        }
    }
}
