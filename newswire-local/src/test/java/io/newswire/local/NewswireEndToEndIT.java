package io.newswire.local;

import java.io.IOException;

/** The pipeline scenario on the in-process broker: what `mvn verify` runs on every machine. */
class NewswireEndToEndIT extends PipelineScenario {

    @Override
    LocalInfrastructure startInfrastructure(LocalInfrastructure.Settings settings) throws IOException {
        return LocalInfrastructure.start(settings);
    }
}
