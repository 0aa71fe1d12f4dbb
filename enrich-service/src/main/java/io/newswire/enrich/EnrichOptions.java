package io.newswire.enrich;

import io.newswire.core.config.KafkaOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** enrich-service settings: each reads its NEWSWIRE_* variable, and a CLI flag overrides it. */
public class EnrichOptions {

    @Mixin
    public KafkaOptions kafka = new KafkaOptions();

    @Option(names = "--application-id", defaultValue = "${env:NEWSWIRE_ENRICH_APPLICATION_ID:-newswire-enrich}",
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(env NEWSWIRE_ENRICH_APPLICATION_ID; default: ${DEFAULT-VALUE}).")
    public String applicationId;

    @Option(names = "--state-dir", defaultValue = "${env:NEWSWIRE_STATE_DIR:-${sys:java.io.tmpdir}/newswire-enrich}",
            description = "Local cache of the Streams state; Kafka holds the state itself "
                    + "(env NEWSWIRE_STATE_DIR; default: ${DEFAULT-VALUE}).")
    public Path stateDir;

    @Option(names = "--gazetteer", defaultValue = "${env:NEWSWIRE_GAZETTEER}",
            description = "YAML gazetteer of parties replacing the bundled one (env NEWSWIRE_GAZETTEER).")
    public Path gazetteer;

    @Option(names = "--ops-port", defaultValue = "${env:NEWSWIRE_OPS_PORT:-8082}",
            description = "Port of /health, /ready and /metrics (env NEWSWIRE_OPS_PORT; default: ${DEFAULT-VALUE}).")
    public int opsPort;
}
