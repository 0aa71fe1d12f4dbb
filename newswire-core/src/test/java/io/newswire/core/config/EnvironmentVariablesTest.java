package io.newswire.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class EnvironmentVariablesTest {

    @Command(name = "probe")
    static class Probe {
        @Mixin
        KafkaOptions kafka = new KafkaOptions();
    }

    @Test
    void shouldListTheVariablesThatOptionsRead() {
        assertThat(EnvironmentVariables.readBy(new Probe())).containsExactlyInAnyOrder(
                "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "NEWSWIRE_TOPIC_PARTITIONS", "NEWSWIRE_TOPIC_REPLICATION_FACTOR");
    }

    @Test
    void shouldLetAFlagOverrideTheDefault() {
        Probe probe = CommandLine.populateCommand(new Probe(), "--bootstrap-servers", "kafka:9092");

        assertThat(probe.kafka.bootstrapServers).isEqualTo("kafka:9092");
        assertThat(probe.kafka.topicPartitions).isEqualTo(3);
    }
}
