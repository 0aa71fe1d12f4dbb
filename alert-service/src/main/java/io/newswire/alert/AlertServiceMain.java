package io.newswire.alert;

import io.newswire.core.config.VerboseOption;
import io.newswire.core.service.CommandLines;
import io.newswire.core.service.ServiceMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** alert-service: runs the Streams app news.articles -> alerts.* and the mailer alerts.all -> SMTP. */
@Command(name = "alert-service", mixinStandardHelpOptions = true, version = "newswire alert-service 0.1.0",
        description = "Kafka Streams app: new developments in news.articles -> alerts.talks, alerts.casualties, "
                + "alerts.parties, alerts.all; and the mailer: each alert e-mailed once to each subscriber.")
public final class AlertServiceMain implements Callable<Integer> {

    @Mixin
    AlertOptions options = new AlertOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(AlertService.NAME, () -> AlertService.start(options));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code: 0, or 1 after a one-line error on stderr (2 for bad usage). */
    public static int run(String... args) {
        return CommandLines.execute(AlertService.NAME, AlertServiceMain::new, args);
    }
}
