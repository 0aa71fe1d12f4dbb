package io.newswire.alert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** alert-service options for integration tests: the embedded broker, a temporary state dir, fast SMTP retries. */
public final class TestOptions {

    public static final String DESK = "desk@newswire.test";
    public static final String NIGHT = "night@newswire.test";

    private TestOptions() {
    }

    public static List<String> args(String bootstrapServers, Path stateDir, int smtpPort, String... extra) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrapServers,
                "--state-dir", stateDir.toString(), "--ops-port", "0", "--smtp-port", Integer.toString(smtpPort),
                "--smtp-timeout", "PT5S", "--smtp-retry-initial", "PT0.2S", "--smtp-retry-max", "PT2S",
                "--instance-id", "alert-it"));
        if (List.of(extra).stream().noneMatch(a -> a.startsWith("--subscriber"))) {
            args.addAll(List.of("--subscriber-emails", DESK + "," + NIGHT));
        }
        args.addAll(List.of(extra));
        return args;
    }

    public static AlertOptions options(String bootstrapServers, Path stateDir, int smtpPort, String... extra) {
        return AlertOptions.parse(args(bootstrapServers, stateDir, smtpPort, extra).toArray(String[]::new));
    }
}
