package io.newswire.board;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.board.feed.AlertLog;
import io.newswire.board.timeline.BoardTopology;
import io.newswire.board.web.BoardQueries;
import io.newswire.board.web.BoardServer;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.ops.OpsServer;
import io.newswire.core.service.Service;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One board instance: the Streams app that keeps the story and conflict boards, the log of alerts behind the live
 * stream, the page and API on its HTTP port (advertised to the other instances as {@code application.server}) and
 * the ops endpoint ({@code /ready}: Streams RUNNING and the alert log reading).
 */
public final class BoardService implements Service {

    public static final String NAME = "newsroom-board";

    private static final Logger LOG = LoggerFactory.getLogger(BoardService.class);

    private final StreamsRunner streams;
    private final AlertLog log;
    private final BoardServer server;
    private final OpsServer ops;
    private final HostInfo self;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean failed;

    private BoardService(StreamsRunner streams, AlertLog log, BoardServer server, HostInfo self,
                         PrometheusMeterRegistry registry, int opsPort) {
        this.streams = streams;
        this.log = log;
        this.server = server;
        this.self = self;
        this.ops = OpsServer.start(opsPort, registry, this::isReady);
    }

    public static BoardService start(BoardOptions options) {
        TopicProvisioner.ensureTopics(options.kafka);
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        BoardServer server = BoardServer.bind(options.httpPort);
        try {
            HostInfo self = new HostInfo(advertisedHost(options), server.port());
            Properties props = StreamsSettings.properties(options.applicationId, NAME, options.kafka,
                    options.stateDir);
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            StreamsRunner streams = new StreamsRunner(NAME, BoardTopology.build(props), props, registry);
            AlertLog log = new AlertLog(options.kafka.clientProperties(), options.alertHistory).start();
            server.start(new BoardQueries(streams.streams(), self), log, options.heartbeat, registry);
            BoardService service = new BoardService(streams, log, server, self, registry, options.opsPort);
            service.begin();
            return service;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    private static String advertisedHost(BoardOptions options) {
        if (options.advertisedHost != null && !options.advertisedHost.isBlank()) {
            return options.advertisedHost.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot tell this machine's address; set --advertised-host", e);
        }
    }

    private void begin() {
        streams.start();
        Thread watcher = new Thread(this::watchStreams, "board-streams-watch");
        watcher.setDaemon(true);
        watcher.start();
        LOG.info("{}: page and API on http://{}:{}/", NAME, self.host(), self.port());
    }

    private void watchStreams() {
        try {
            boolean clean = streams.awaitTermination();
            if (!closing) {
                LOG.error("{}: Streams app stopped{}", NAME, clean ? "" : " after a failure");
                failed = true;
                stopped.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isReady() {
        return !closing && streams.isRunning() && log.isReading();
    }

    /** Port of the page and the API. */
    public int httpPort() {
        return server.port();
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public boolean awaitTermination() throws InterruptedException {
        stopped.await();
        return !failed;
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        server.close();
        try {
            log.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        streams.close();
        ops.close();
        stopped.countDown();
    }
}
