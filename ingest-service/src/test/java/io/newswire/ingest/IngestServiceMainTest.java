package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.config.EnvironmentVariables;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IngestServiceMainTest {

    @Test
    void shouldOfferTheRegistryAndParseFeedSubcommands() {
        StringWriter out = new StringWriter();
        int exitCode = new CommandLine(new IngestServiceMain()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("feeds", "parse-feed", "--feeds-file", "--allow-hosts");
    }

    @Test
    void shouldOfferEveryRegistryOperation() {
        StringWriter out = new StringWriter();
        new CommandLine(new IngestServiceMain()).setOut(new PrintWriter(out)).execute("feeds", "--help");

        assertThat(out.toString()).contains("add", "remove", "list", "import-opml");
    }

    @Test
    void shouldReadItsSettingsFromNewswireEnvironmentVariables() {
        assertThat(EnvironmentVariables.readBy(new IngestOptions())).contains("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS",
                "NEWSWIRE_APPLICATION_ID", "NEWSWIRE_STATE_DIR", "NEWSWIRE_OPS_PORT", "NEWSWIRE_FEEDS_FILE",
                "NEWSWIRE_FETCH_ALLOW_HOSTS");
    }

    @Test
    void shouldTurnTheOptionsIntoFetchAndPollSettings() {
        IngestOptions options = new IngestOptions();
        new CommandLine(options).parseArgs("--allow-hosts", "localhost:8089", "--min-poll-interval", "30",
                "--max-poll-interval", "600", "--user-agent", "TestBot/1");

        assertThat(IngestService.fetchConfig(options).allowList().permits("localhost", 8089)).isTrue();
        assertThat(IngestService.fetchConfig(options).userAgent()).isEqualTo("TestBot/1");
        assertThat(IngestService.pollPolicy(options).minInterval()).hasSeconds(30);
        assertThat(IngestService.pollPolicy(options).maxInterval()).hasSeconds(600);
    }
}
