package io.newswire.core.config;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The settings every service has: Kafka, its Streams application id and state folder, and its ops port. Each reads
 * its {@code NEWSWIRE_*} variable and a flag overrides it; without either, the service's own default applies.
 */
public class ServiceOptions {

    @Mixin
    public KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--application-id",
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(env NEWSWIRE_APPLICATION_ID; default: ${DEFAULT-VALUE}).")
    public String applicationId;

    @Option(names = "--state-dir",
            description = "Local cache of the Streams state; Kafka holds the state itself "
                    + "(env NEWSWIRE_STATE_DIR; default: ${DEFAULT-VALUE}).")
    public Path stateDir;

    @Option(names = "--ops-port",
            description = "Port of /health, /ready and /metrics; 0 picks a free one "
                    + "(env NEWSWIRE_OPS_PORT; default: ${DEFAULT-VALUE}).")
    public int opsPort;

    /**
     * The defaults differ by service, so they are the fields' initial values (which picocli shows as defaults)
     * rather than annotation values, and the variables are read here.
     *
     * @param service short name, e.g. {@code ingest}: application id {@code newswire-ingest}
     */
    public ServiceOptions(String service, int defaultOpsPort) {
        applicationId = env("NEWSWIRE_APPLICATION_ID", "newswire-" + service);
        stateDir = Path.of(env("NEWSWIRE_STATE_DIR",
                Path.of(System.getProperty("java.io.tmpdir"), "newswire-" + service).toString()));
        String port = env("NEWSWIRE_OPS_PORT", Integer.toString(defaultOpsPort));
        try {
            opsPort = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NEWSWIRE_OPS_PORT is not a port number: " + port, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
