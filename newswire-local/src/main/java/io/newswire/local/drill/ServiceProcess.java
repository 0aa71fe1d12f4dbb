package io.newswire.local.drill;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service instance as its own operating-system process ({@code java -jar <service>.jar ...}), as an
 * orchestrator runs it: same ops port and state folder across restarts, output appended to a log file.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final List<String> args;
    private final int opsPort;
    private final Path log;
    private Process process;
    /** Stopped on purpose: not to be restarted by {@link #restartIfExited()}. */
    private boolean held;
    private int starts;
    private final List<Integer> unexpectedExits = new ArrayList<>();

    ServiceProcess(String name, Path jar, List<String> args, int opsPort, Path log) {
        this.name = name;
        this.jar = jar;
        this.args = List.copyOf(args);
        this.opsPort = opsPort;
        this.log = log;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(args);
        command.addAll(List.of("--ops-port", Integer.toString(opsPort)));
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            starts++;
            held = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    synchronized void kill() throws InterruptedException {
        held = true;
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then waits for the graceful stop; the exit code, or -1 if it had to be killed. */
    synchronized int terminate(Duration timeout) throws InterruptedException {
        held = true;
        process.destroy();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly().waitFor();
        return -1;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Restarts the process if it ended on its own, as an orchestrator would; true if it did. */
    synchronized boolean restartIfExited() {
        if (process == null || held || process.isAlive()) {
            return false;
        }
        unexpectedExits.add(process.exitValue());
        start();
        return true;
    }

    synchronized List<Integer> unexpectedExits() {
        return List.copyOf(unexpectedExits);
    }

    synchronized int starts() {
        return starts;
    }

    /** The instance's Prometheus text, empty when it does not answer. */
    String metrics() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + opsPort + "/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Sum of a counter's series in {@link #metrics()}: the work this instance did since it last started. */
    double counter(String name) {
        return metrics().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + opsPort + "/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\'
                ? ".exe" : "");
    }
}
