package io.newswire.local;

import io.newswire.local.demo.DemoFeeds;
import io.newswire.local.drill.FaultDrillCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Newswire on one machine with nothing installed: a real Kafka broker, the demo news site, an SMTP sink and the
 * three services, in one JVM; or with {@code --infra-only} just the infrastructure, for services run as processes.
 */
@Command(name = "newswire-local", mixinStandardHelpOptions = true, version = "newswire-local 0.1.0",
        description = "Runs Newswire end to end on this machine: embedded Kafka broker (KRaft), demo feeds, SMTP "
                + "sink, the three services and the newsroom board (its URL is printed). Prints one line per alert; "
                + "Ctrl-C stops it.",
        subcommands = FaultDrillCommand.class)
public final class NewswireLocalMain implements Callable<Integer> {

    @Option(names = "--kafka-port", defaultValue = "${env:NEWSWIRE_LOCAL_KAFKA_PORT:-9092}",
            description = "Port of the embedded broker (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--feeds-port", defaultValue = "${env:NEWSWIRE_LOCAL_FEEDS_PORT:-8089}",
            description = "Port of the demo news site (default: ${DEFAULT-VALUE}).")
    int feedsPort;

    @Option(names = "--smtp-port", defaultValue = "${env:NEWSWIRE_LOCAL_SMTP_PORT:-2525}",
            description = "Port of the SMTP sink (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(names = "--board-port", defaultValue = "${env:NEWSWIRE_LOCAL_BOARD_PORT:-8090}",
            description = "Port of the newsroom board's page and API; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int boardPort;

    @Option(names = "--data-dir", defaultValue = "${env:NEWSWIRE_LOCAL_DATA_DIR}",
            description = "Folder for the broker's log, the services' state and the received mail; kept, so a "
                    + "second run resumes where the first stopped (default: a new temporary folder).")
    Path dataDir;

    @Option(names = "--poll-interval", defaultValue = "10",
            description = "Seconds between polls of each demo feed (default: ${DEFAULT-VALUE}).")
    int pollIntervalSeconds;

    @Option(names = "--subscriber", defaultValue = "editor@newswire.local", split = ",",
            description = "E-mail subscribers of every alert (default: ${DEFAULT-VALUE}).")
    List<String> subscribers;

    @Option(names = "--infra-only", description = "Start only the broker, the demo feeds and the SMTP sink; run "
            + "each service as its own process against them (java -jar <service>.jar).")
    boolean infraOnly;

    @Override
    public Integer call() throws Exception {
        Path data = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("newswire-local-");
        Path mailDir = data.resolve("mail");
        LocalInfrastructure infra = LocalInfrastructure.start(new LocalInfrastructure.Settings(kafkaPort,
                data.resolve("kafka"), feedsPort, smtpPort, mailDir, pollIntervalSeconds, DemoFeeds.bundled()));
        System.out.println("Kafka broker   " + infra.kafka().bootstrapServers);
        System.out.println("Demo feeds     " + String.join("  ", infra.feeds().feedUrls()));
        System.out.println("SMTP sink      localhost:" + infra.mail().port() + ", mails saved in " + mailDir);
        LocalServices services = null;
        if (infraOnly) {
            System.out.println("Infrastructure only: run the services with --bootstrap-servers "
                    + infra.kafka().bootstrapServers + " (ingest also --allow-hosts localhost:" + infra.feeds().port()
                    + "; alert also --smtp-port " + infra.mail().port() + "; newsroom-board serves its page on "
                    + "--http-port)");
        } else {
            try {
                services = LocalServices.start(new LocalServices.Wiring(infra.kafka().bootstrapServers,
                        "localhost:" + infra.feeds().port(), infra.mail().port(), data.resolve("state"), subscribers,
                        boardPort));
            } catch (RuntimeException | Error e) {
                infra.close();
                throw e;
            }
            System.out.println("Board          " + services.boardUrl());
            System.out.println("Services       ingest, enrich, alert, board running; alerts follow (Ctrl-C stops)");
        }
        AlertWatch printer = AlertWatch.start(infra.kafka().bootstrapServers, AlertWatch.From.EARLIEST,
                new AlertPrinter(System.out));
        CountDownLatch stopped = new CountDownLatch(1);
        LocalServices running = services;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping...");
            try {
                printer.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running != null) {
                running.close();
            }
            infra.close();
            stopped.countDown();
        }, "newswire-local-shutdown"));
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewswireLocalMain()).execute(args));
    }
}
