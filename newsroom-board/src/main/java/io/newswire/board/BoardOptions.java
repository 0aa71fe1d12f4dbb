package io.newswire.board;

import io.newswire.core.config.ServiceOptions;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** newsroom-board settings: each reads its NEWSWIRE_* variable, and a CLI flag overrides it. */
public class BoardOptions {

    @Mixin
    public ServiceOptions common = new ServiceOptions("board", 8084);

    @Option(names = "--http-port", defaultValue = "${env:NEWSWIRE_BOARD_HTTP_PORT:-8090}",
            description = "Port of the page and the JSON API; 0 picks a free one "
                    + "(env NEWSWIRE_BOARD_HTTP_PORT; default: ${DEFAULT-VALUE}).")
    public int httpPort;

    @Option(names = "--advertised-host", defaultValue = "${env:NEWSWIRE_BOARD_ADVERTISED_HOST}",
            description = "Host name or address the other board instances reach this one's HTTP port at "
                    + "(env NEWSWIRE_BOARD_ADVERTISED_HOST; default: this machine's address).")
    public String advertisedHost;

    @Option(names = "--alert-history", paramLabel = "N", defaultValue = "${env:NEWSWIRE_BOARD_ALERT_HISTORY:-10000}",
            description = "Alerts each instance keeps for the live stream and /api/alerts; a client that comes back "
                    + "after more have arrived resumes at the oldest kept (env NEWSWIRE_BOARD_ALERT_HISTORY; "
                    + "default: ${DEFAULT-VALUE}).")
    public int alertHistory;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "${env:NEWSWIRE_BOARD_HEARTBEAT:-PT15S}",
            description = "Interval of keep-alive comments on an idle alert stream, ISO-8601 "
                    + "(env NEWSWIRE_BOARD_HEARTBEAT; default: ${DEFAULT-VALUE}).")
    public Duration heartbeat;

    /** Options as the command line would give them, for tests and the in-process runner. */
    public static BoardOptions parse(String... args) {
        return CommandLine.populateCommand(new BoardOptions(), args);
    }
}
