package io.newswire.core.config;

import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * Connection and topic settings every service shares. Each option reads its {@code NEWSWIRE_*} environment variable
 * and a CLI flag overrides it; the defaults reach the local broker of {@code newswire-local}.
 */
public class KafkaOptions {

    public static final String BOOTSTRAP_FLAG = "--bootstrap-servers";
    public static final String BOOTSTRAP_VARIABLE = "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS";

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka bootstrap servers (env NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS; default: ${DEFAULT-VALUE}).")
    public String bootstrapServers;

    @Option(names = "--topic-partitions", paramLabel = "N",
            defaultValue = "${env:NEWSWIRE_TOPIC_PARTITIONS:-3}",
            description = "Partitions of topics created at start-up when missing (env NEWSWIRE_TOPIC_PARTITIONS; "
                    + "default: ${DEFAULT-VALUE}).")
    public int topicPartitions;

    @Option(names = "--topic-replication-factor", paramLabel = "N",
            defaultValue = "${env:NEWSWIRE_TOPIC_REPLICATION_FACTOR:-1}",
            description = "Replication factor of topics created at start-up (env NEWSWIRE_TOPIC_REPLICATION_FACTOR; "
                    + "default: ${DEFAULT-VALUE}).")
    public short topicReplicationFactor;

    public KafkaOptions() {
    }

    public KafkaOptions(String bootstrapServers, int topicPartitions, short topicReplicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.topicPartitions = topicPartitions;
        this.topicReplicationFactor = topicReplicationFactor;
    }

    public Properties clientProperties() {
        return clientProperties(bootstrapServers);
    }

    public static Properties clientProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
