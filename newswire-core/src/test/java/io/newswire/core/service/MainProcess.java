package io.newswire.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a service's {@code main} in a JVM of its own, on the test class path, as a user would run the jar: its exit
 * code, what it printed on stderr, and how long it took.
 */
public record MainProcess(int exitCode, List<String> errLines, Duration took) {

    public static MainProcess run(Class<?> main, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path errFile = Files.createTempFile(main.getSimpleName(), ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSWIRE_"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " still running after " + timeout);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.delete(errFile);
        return new MainProcess(process.exitValue(), err.lines().filter(line -> !line.isBlank()).toList(), took);
    }

    /** The acceptance bound of an error at start-up. */
    public static final Duration PROMPTLY = Duration.ofSeconds(15);

    /** Exited non-zero, promptly, with one line saying no broker answered at these servers and how to set them. */
    public void assertReportedKafkaUnreachable(String servers) {
        assertReportedInOneLine("cannot reach Kafka at " + servers);
        assertThat(errLines.get(0)).contains("--bootstrap-servers").contains("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS");
    }

    /** Exited non-zero, promptly, with one line on stderr that contains the text. */
    public void assertReportedInOneLine(String text) {
        assertThat(exitCode).isNotZero();
        assertThat(took).isLessThan(PROMPTLY);
        assertThat(errLines).singleElement().satisfies(line -> assertThat(line).contains(text));
    }

    /** A port nothing listens on: bound, then released. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
