package io.newswire.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Turns the broker's own INFO chatter down to WARN when the application runs on slf4j-simple (as the services do)
 * and has not said otherwise. slf4j-simple reads a logger's level from a system property or from
 * {@code simplelogger.properties} when the logger is created, so this must run before the broker's classes load.
 * Other logging backends ignore these properties and are configured by their own files.
 */
final class KafkaLogLevels {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final String CONFIG_FILE = "simplelogger.properties";

    /** Loggers of the broker and controller; the clients' own packages (org.apache.kafka.clients, streams) keep their levels. */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.queue",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.network",
            "org.apache.kafka.security",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.security",
            // Shared with the clients: their config dumps, metrics and version banners go quiet as well.
            "org.apache.kafka.common.config",
            "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.utils");

    private KafkaLogLevels() {
    }

    static void quietUnlessConfigured() {
        Properties configured = configuredInFile();
        for (String logger : BROKER_LOGGERS) {
            String key = PREFIX + logger;
            if (System.getProperty(key) == null && !configured.containsKey(key)) {
                System.setProperty(key, "warn");
            }
        }
    }

    private static Properties configuredInFile() {
        Properties props = new Properties();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(CONFIG_FILE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONFIG_FILE, e);
        }
        return props;
    }
}
