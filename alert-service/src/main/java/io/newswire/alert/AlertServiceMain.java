package io.newswire.alert;

import io.newswire.core.service.ServiceMain;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** alert-service: runs the Streams app news.articles -> alerts.* and the mailer alerts.all -> SMTP. */
@Command(name = "alert-service", mixinStandardHelpOptions = true, version = "newswire alert-service 0.1.0",
        description = "Kafka Streams app: new developments in news.articles -> alerts.talks, alerts.casualties, "
                + "alerts.parties, alerts.all; and the mailer: each alert e-mailed once to each subscriber.")
public final class AlertServiceMain implements Callable<Integer> {

    @Mixin
    AlertOptions options = new AlertOptions();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(AlertService.NAME, () -> AlertService.start(options));
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AlertServiceMain()).execute(args));
    }
}
