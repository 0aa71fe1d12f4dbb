package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.service.MainProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point with no broker behind the configured address: one line, soon, and a non-zero exit. */
class UnreachableKafkaIT {

    @Test
    void shouldSayInOneLineThatKafkaIsUnreachableAndExitNonZero(@TempDir Path dir) throws Exception {
        String servers = "localhost:" + MainProcess.closedPort();

        MainProcess run = MainProcess.run(EnrichServiceMain.class, Duration.ofSeconds(60), "--bootstrap-servers",
                servers, "--ops-port", "0", "--state-dir", dir.toString());

        run.assertReportedKafkaUnreachable(servers);
    }

    @Test
    void shouldNameAMissingGazetteerBeforeTryingToConnect(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("absent-gazetteer.yaml");

        MainProcess run = MainProcess.run(EnrichServiceMain.class, Duration.ofSeconds(60), "--bootstrap-servers",
                "localhost:" + MainProcess.closedPort(), "--gazetteer", missing.toString(), "--ops-port", "0");

        run.assertReportedInOneLine(missing.toString());
        assertThat(run.errLines().get(0)).doesNotContain("Kafka");
    }
}
