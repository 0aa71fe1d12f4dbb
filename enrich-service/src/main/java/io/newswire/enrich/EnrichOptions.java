package io.newswire.enrich;

import io.newswire.core.config.ServiceOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** enrich-service settings: each reads its NEWSWIRE_* variable, and a CLI flag overrides it. */
public class EnrichOptions {

    @Mixin
    public ServiceOptions common = new ServiceOptions("enrich", 8082);

    @Option(names = "--gazetteer", defaultValue = "${env:NEWSWIRE_GAZETTEER}",
            description = "YAML gazetteer of parties replacing the bundled one (env NEWSWIRE_GAZETTEER).")
    public Path gazetteer;

    @Option(names = "--lexicons", defaultValue = "${env:NEWSWIRE_LEXICONS}",
            description = "YAML tagging lexicons replacing the bundled lexicons.yaml (env NEWSWIRE_LEXICONS).")
    public Path lexicons;
}
