package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final String PAGE = "<html><body><nav><a href=/>Home</a></nav><article><p>The talks resumed in "
            + "Doha on Thursday, and mediators from Qatar and Egypt met both delegations.</p><p>Officials said the "
            + "talks would continue next week in Cairo.</p></article></body></html>";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintTheCleanTextOfOnePage() throws IOException {
        Path page = Files.writeString(dir.resolve("talks.html"), PAGE);

        assertThat(run(page.toString())).isZero();
        assertThat(out.toString()).contains("The talks resumed in Doha", "continue next week").doesNotContain("Home");
        assertThat(err.toString()).contains("extracted 1 of 1 pages");
    }

    @Test
    void shouldWriteTheBenchmarkFormatForAFolderOfPlainAndGzippedPages() throws IOException {
        Files.writeString(dir.resolve("one.html"), PAGE);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("two.html.gz")))) {
            gz.write(PAGE.replace("Doha", "Cairo").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        Path json = dir.resolve("out").resolve("bodies.json");
        Files.createDirectories(json.getParent());

        assertThat(run("--out", json.toString(), dir.toString())).isZero();
        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertThat(written.size()).isEqualTo(2);
        assertThat(written.path("one").path("articleBody").asText()).startsWith("The talks resumed in Doha");
        assertThat(written.path("two").path("articleBody").asText()).startsWith("The talks resumed in Cairo");
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("extracted 2 of 2 pages");
    }
}
