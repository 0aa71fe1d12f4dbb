package io.newswire.local.drill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newswire-local drill}: the fault drill of docs/operations.md. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Fault drill: local broker, feed server and SMTP sink, two instances of each service as "
                + "processes; mid-stream SIGKILLs one instance of each service, restarts the broker and stops SMTP. "
                + "Then checks that every item became one article, every development one alert and every article "
                + "with developments one e-mail per subscriber. Exit code 0 when nothing was lost or duplicated.")
public final class FaultDrillCommand implements Callable<Integer> {

    @Option(names = "--repo", defaultValue = ".",
            description = "The repository, where <service>/<build-dir>/<service>.jar are (default: ${DEFAULT-VALUE}).")
    Path repo;

    @Option(names = "--build-dir", defaultValue = "target",
            description = "Build folder of the service jars inside each module (default: ${DEFAULT-VALUE}).")
    String buildDir;

    @Option(names = "--data-dir", description = "Folder for the broker, state, logs and mail (default: a new "
            + "temporary folder).")
    Path dataDir;

    @Option(names = "--items", defaultValue = "150", description = "Items to publish (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--publish-seconds", defaultValue = "240",
            description = "Period over which the items are published and the faults injected (default: "
                    + "${DEFAULT-VALUE}).")
    int publishSeconds;

    @Option(names = "--smtp-outage", defaultValue = "60", description = "Seconds SMTP is down (default: "
            + "${DEFAULT-VALUE}).")
    int smtpOutageSeconds;

    @Option(names = "--broker-downtime", defaultValue = "10", description = "Seconds the broker is down (default: "
            + "${DEFAULT-VALUE}).")
    int brokerDowntimeSeconds;

    @Option(names = "--settle-timeout", defaultValue = "300", description = "Seconds to wait for the pipeline to "
            + "finish after publishing (default: ${DEFAULT-VALUE}).")
    int settleSeconds;

    @Option(names = "--subscriber", defaultValue = "editor@newswire.local,desk@newswire.local", split = ",",
            description = "Subscribers of every alert (default: ${DEFAULT-VALUE}).")
    List<String> subscribers;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated stories (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path data = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("newswire-drill-");
        System.err.println("fault drill: data, logs and mail in " + data);
        DrillResult result = new FaultDrill(new FaultDrill.Settings(repo.toAbsolutePath(), buildDir, data, items,
                Duration.ofSeconds(publishSeconds), Duration.ofSeconds(smtpOutageSeconds),
                Duration.ofSeconds(brokerDowntimeSeconds), Duration.ofSeconds(settleSeconds), subscribers, seed),
                System.err).run();
        result.print(System.out);
        return result.passed() ? 0 : 1;
    }
}
