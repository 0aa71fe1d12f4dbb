package io.newswire.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;

/**
 * A real Apache Kafka broker running in this JVM: one KRaft node that is controller and broker at once.
 *
 * <p>Ports are fixed when the broker is built (0 picks a free one), so {@link #stop()} followed by
 * {@link #start()} brings the same broker back on the same address and the same data, as a crash and restart would.
 * A log dir given to the builder is kept on {@link #close()}; without one, a temporary dir is used and deleted.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean temporaryLogDir;
    private final Map<String, String> properties;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Builder builder) {
        // Before any broker class loads: logger levels are settled when the loggers are created.
        KafkaLogLevels.quietUnlessConfigured();
        this.port = builder.port == 0 ? freePort() : builder.port;
        this.controllerPort = builder.controllerPort == 0 ? freePort() : builder.controllerPort;
        this.temporaryLogDir = builder.logDir == null;
        this.logDir = temporaryLogDir ? createTempDir() : builder.logDir;
        this.properties = BrokerProperties.singleNode(port, controllerPort, logDir, builder.extraProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the log dir if it is new and starts the broker; returns once it accepts clients. */
    public synchronized EmbeddedKafkaBroker start() {
        if (closed) {
            throw new IllegalStateException("The broker is closed");
        }
        if (server != null) {
            return this;
        }
        StorageFormatter.formatIfNeeded(logDir, properties);
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            shutDown(starting);
            throw e;
        }
        server = starting;
        return this;
    }

    /** Shuts the broker down cleanly, keeping its data and ports, so that {@link #start()} can bring it back. */
    public synchronized void stop() {
        if (server != null) {
            KafkaRaftServer stopping = server;
            server = null;
            shutDown(stopping);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logDir() {
        return logDir;
    }

    /** A client configuration that points at this broker; callers add their own settings to it. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** Creates topics with the broker's default partition count; a topic that already exists is left as it is. */
    public void createTopics(String... names) {
        createTopics(Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.empty(), Optional.empty()))
                .toList());
    }

    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = Admin.create(clientProperties())) {
            for (var result : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(result.getKey(), result.getValue());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        if (temporaryLogDir) {
            try {
                Utils.delete(logDir.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the broker's temporary log dir " + logDir, e);
            }
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    /** A port free now; another process could take it before the broker binds, which on a dev machine is rare. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("embedded-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary log dir", e);
        }
    }

    public static final class Builder {
        private int port;
        private int controllerPort;
        private Path logDir;
        private final Map<String, String> extraProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /** The client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = requirePort(port);
            return this;
        }

        /** The KRaft controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = requirePort(controllerPort);
            return this;
        }

        /** A log dir that outlives the broker, so a later broker on the same dir finds the same records. */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        public Builder brokerProperty(String key, String value) {
            extraProperties.put(key, value);
            return this;
        }

        public Builder brokerProperties(Map<String, String> properties) {
            extraProperties.putAll(properties);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

        private static int requirePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            return port;
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers() + ", " + logDir + "]";
    }
}
