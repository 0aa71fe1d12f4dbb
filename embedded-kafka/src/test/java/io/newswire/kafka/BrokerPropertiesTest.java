package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    @Test
    void shouldLetExtraPropertiesOverrideTheDefaults() {
        Map<String, String> props = BrokerProperties.singleNode(9092, 9093, Path.of("data"),
                Map.of("auto.create.topics.enable", "false", "log.retention.ms", "1000"));

        assertThat(props)
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("log.retention.ms", "1000")
                .containsEntry("num.partitions", "3");
    }

    @Test
    void shouldAdvertiseTheClientPortAndKeepTheControllerPortForTheQuorum() {
        Map<String, String> props = BrokerProperties.singleNode(9092, 9093, Path.of("data"), Map.of());

        assertThat(props)
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("process.roles", "broker,controller");
    }
}
