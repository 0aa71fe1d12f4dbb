package io.newswire.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Formats a KRaft log directory the way {@code kafka-storage.sh format} does, so the feature levels
 * (metadata, transaction, group and streams versions) are the defaults of this Kafka release.
 * A directory that is already formatted is left alone, which is what lets a broker restart on its own data
 * (and keep its cluster id).
 */
final class StorageFormatter {

    private StorageFormatter() {
    }

    static void formatIfNeeded(Path logDir, Map<String, String> brokerProperties) {
        // The tool's --ignore-formatted still insists on the cluster id it is given, which a restart cannot know.
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path config = null;
        try {
            config = Files.createTempFile("embedded-kafka-", ".properties");
            Properties props = new Properties();
            props.putAll(brokerProperties);
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, null);
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode;
            try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exitCode = StorageTool.execute(new String[] {
                    "format",
                    "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", config.toString()}, printStream);
            }
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting the Kafka log dir failed (" + exitCode + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the configuration for formatting the Kafka log dir", e);
        } finally {
            deleteQuietly(config);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temp file of a few hundred bytes is not worth failing a broker start for.
        }
    }
}
