package io.newswire.local;

import io.newswire.alert.AlertOptions;
import io.newswire.alert.AlertService;
import io.newswire.board.BoardOptions;
import io.newswire.board.BoardService;
import io.newswire.core.service.Service;
import io.newswire.enrich.EnrichOptions;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestOptions;
import io.newswire.ingest.IngestService;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The three services and the newsroom board in this JVM, each configured exactly as its own process would be, through
 * its command-line options; each keeps its Streams state under its own folder and serves ops on a free port.
 */
public final class LocalServices implements AutoCloseable {

    /** Where the services reach the infrastructure, and the port of the board's page (0: a free one). */
    public record Wiring(String bootstrapServers, String feedsHostPort, int smtpPort, Path stateDir,
                         List<String> subscribers, int boardPort) {

        /** With the board on a free port. */
        public Wiring(String bootstrapServers, String feedsHostPort, int smtpPort, Path stateDir,
                      List<String> subscribers) {
            this(bootstrapServers, feedsHostPort, smtpPort, stateDir, subscribers, 0);
        }
    }

    private final Wiring wiring;
    private IngestService ingest;
    private EnrichService enrich;
    private AlertService alert;
    private BoardService board;

    private LocalServices(Wiring wiring) {
        this.wiring = wiring;
    }

    public static LocalServices start(Wiring wiring) {
        LocalServices services = new LocalServices(wiring);
        try {
            services.startIngest();
            services.startEnrich();
            services.startAlert();
            services.startBoard();
        } catch (RuntimeException | Error e) {
            services.close();
            throw e;
        }
        return services;
    }

    public void startIngest() {
        ingest = IngestService.start(CommandLine.populateCommand(new IngestOptions(),
                "--bootstrap-servers", wiring.bootstrapServers(), "--ops-port", "0",
                "--state-dir", wiring.stateDir().resolve("ingest").toString(),
                "--allow-hosts", wiring.feedsHostPort(), "--min-poll-interval", "1",
                // every demo page lives on the one local host: politeness spacing would only slow the demo down
                "--per-host-spacing", "0"));
    }

    public void startEnrich() {
        enrich = EnrichService.start(CommandLine.populateCommand(new EnrichOptions(),
                "--bootstrap-servers", wiring.bootstrapServers(), "--ops-port", "0",
                "--state-dir", wiring.stateDir().resolve("enrich").toString()));
    }

    public void startAlert() {
        alert = AlertService.start(AlertOptions.parse(
                "--bootstrap-servers", wiring.bootstrapServers(), "--ops-port", "0",
                "--state-dir", wiring.stateDir().resolve("alert").toString(),
                "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(wiring.smtpPort()),
                "--subscriber-emails", String.join(",", wiring.subscribers())));
    }

    public void startBoard() {
        board = BoardService.start(BoardOptions.parse(
                "--bootstrap-servers", wiring.bootstrapServers(), "--ops-port", "0",
                "--http-port", Integer.toString(wiring.boardPort()), "--advertised-host", "localhost",
                "--state-dir", wiring.stateDir().resolve("board").toString()));
    }

    /** The board's page. */
    public String boardUrl() {
        return "http://localhost:" + board.httpPort() + "/";
    }

    public void stopIngest() {
        close(ingest);
    }

    public void stopEnrich() {
        close(enrich);
    }

    public void stopAlert() {
        close(alert);
    }

    public void stopBoard() {
        close(board);
    }

    /** The pipeline's services (the board reads the pipeline's topics and feeds nothing back). */
    public List<Service> running() {
        return List.of(ingest, enrich, alert);
    }

    private static void close(Service service) {
        if (service != null) {
            service.close();
        }
    }

    @Override
    public void close() {
        stopIngest();
        stopEnrich();
        stopAlert();
        stopBoard();
    }
}
