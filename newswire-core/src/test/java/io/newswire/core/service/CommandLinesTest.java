package io.newswire.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.config.VerboseOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

class CommandLinesTest {

    @Command(name = "demo")
    static final class Failing implements Callable<Integer> {

        @Mixin
        VerboseOption verbose = new VerboseOption();

        @Parameters(index = "0")
        String file;

        @Override
        public Integer call() {
            throw new IllegalArgumentException(file + ": Unexpected character ('x')\n at [Source: (File); line: 3, "
                    + "column: 5]");
        }
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void shouldReportAFailureInOneLineThatKeepsTheFileAndLine() {
        int exitCode = CommandLines.execute("demo", Failing::new, "subscribers.yaml");

        assertThat(exitCode).isEqualTo(1);
        assertThat(stderrLines()).containsExactly("demo: subscribers.yaml: Unexpected character ('x') at [Source: "
                + "(File); line: 3, column: 5]");
    }

    @Test
    void shouldAddTheStackTraceOnlyWithVerbose() {
        CommandLines.execute("demo", Failing::new, "subscribers.yaml", "--verbose");

        assertThat(stderrLines()).hasSizeGreaterThan(1).anySatisfy(line -> assertThat(line).contains("at io.newswire"));
    }

    @Test
    void shouldReportBadUsageInOneLine() {
        int exitCode = CommandLines.execute("demo", Failing::new);

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderrLines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("demo: Missing required parameter").endsWith("(see --help)"));
    }

    private List<String> stderrLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
