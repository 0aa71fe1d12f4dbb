package io.newswire.board;

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

        MainProcess run = MainProcess.run(BoardMain.class, Duration.ofSeconds(60), "--bootstrap-servers", servers,
                "--http-port", "0", "--ops-port", "0", "--advertised-host", "localhost", "--state-dir", dir.toString());

        run.assertReportedKafkaUnreachable(servers);
    }
}
