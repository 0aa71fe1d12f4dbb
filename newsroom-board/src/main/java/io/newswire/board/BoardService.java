package io.newswire.board;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.board.feed.AlertLog;
import io.newswire.board.timeline.BoardTopology;
import io.newswire.board.web.BoardQueries;
import io.newswire.board.web.BoardServer;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.service.StreamsService;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One board instance: the Streams app that keeps the story and conflict boards, the log of alerts behind the live
 * stream, the page and API on its HTTP port (advertised to the other instances as {@code application.server}) and
 * the ops endpoint ({@code /ready}: Streams RUNNING and the alert log reading).
 */
public final class BoardService extends StreamsService {

    public static final String NAME = "newsroom-board";

    private static final Logger LOG = LoggerFactory.getLogger(BoardService.class);

    private final BoardServer server;

    private BoardService(Started started, BoardServer server) {
        super(started);
        this.server = server;
    }

    /** The HTTP port is bound first: the instance advertises it to the others in its Streams settings. */
    public static BoardService start(BoardOptions options) {
        TopicProvisioner.ensureTopics(options.common.kafka);
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        BoardServer server = BoardServer.bind(options.httpPort);
        try {
            HostInfo self = new HostInfo(advertisedHost(options), server.port());
            Properties props = StreamsSettings.properties(options.common.applicationId, NAME, options.common.kafka,
                    options.common.stateDir);
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            StreamsRunner streams = new StreamsRunner(NAME, BoardTopology.build(props), props, registry);
            AlertLog log = new AlertLog(options.common.kafka.clientProperties(), options.alertHistory).start();
            server.start(new BoardQueries(streams.streams(), self), log, options.heartbeat, registry);
            BoardService service = new BoardService(launch(streams, log::isReading, options.common.opsPort, registry,
                    server, log), server);
            LOG.info("{}: page and API on http://{}:{}/", NAME, self.host(), self.port());
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

    /** Port of the page and the API. */
    public int httpPort() {
        return server.port();
    }
}
