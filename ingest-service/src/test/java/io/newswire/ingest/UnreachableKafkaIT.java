package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.service.MainProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's entry point with no broker behind the configured address: one line, soon, and a non-zero exit. */
class UnreachableKafkaIT {

    @ParameterizedTest
    @ValueSource(strings = {"service", "feeds add", "feeds list", "feeds import-opml"})
    void shouldSayInOneLineThatKafkaIsUnreachableAndExitNonZero(String command, @TempDir Path dir) throws Exception {
        String servers = "localhost:" + MainProcess.closedPort();
        Path opml = Files.writeString(dir.resolve("feeds.opml"),
                "<opml version=\"2.0\"><body><outline text=\"Wire\" xmlUrl=\"https://wire.example/rss\"/></body></opml>");
        String[] args = switch (command) {
            case "service" -> new String[] {"--bootstrap-servers", servers, "--ops-port", "0",
                    "--state-dir", dir.resolve("state").toString()};
            case "feeds add" -> new String[] {"feeds", "add", "https://wire.example/rss", "--bootstrap-servers", servers};
            case "feeds list" -> new String[] {"feeds", "list", "--bootstrap-servers", servers};
            default -> new String[] {"feeds", "import-opml", opml.toString(), "--bootstrap-servers", servers};
        };

        MainProcess run = MainProcess.run(IngestServiceMain.class, Duration.ofSeconds(60), args);

        run.assertReportedKafkaUnreachable(servers);
    }

    @Test
    void shouldNameAMissingFeedsFileBeforeTryingToConnect(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("absent-feeds.txt");

        MainProcess run = MainProcess.run(IngestServiceMain.class, Duration.ofSeconds(60), "--bootstrap-servers",
                "localhost:" + MainProcess.closedPort(), "--feeds-file", missing.toString(), "--ops-port", "0");

        run.assertReportedInOneLine(missing + ": no such file");
        assertThat(run.errLines().get(0)).doesNotContain("Kafka");
    }
}
