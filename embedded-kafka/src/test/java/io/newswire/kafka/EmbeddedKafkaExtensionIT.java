package io.newswire.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
class EmbeddedKafkaExtensionIT {

    private final EmbeddedKafkaBroker brokerOfConstructor;

    EmbeddedKafkaExtensionIT(EmbeddedKafkaBroker broker) {
        this.brokerOfConstructor = broker;
    }

    @Test
    void shouldInjectARunningBrokerOnAFreePortWithItsOwnLogDir(EmbeddedKafkaBroker broker) {
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + broker.port()).doesNotEndWith(":0");
        assertThat(Files.isDirectory(broker.logDir())).isTrue();
    }

    @Test
    void shouldGiveEveryTestOfTheClassTheSameBroker(EmbeddedKafkaBroker broker) {
        assertThat(broker).isSameAs(brokerOfConstructor);
    }

    @Test
    void shouldCreateTopicsAndLeaveExistingOnesAlone(EmbeddedKafkaBroker broker) throws Exception {
        broker.createTopics("first", "second");
        broker.createTopics("first");

        try (Admin admin = Admin.create(broker.clientProperties())) {
            assertThat(admin.listTopics().names().get()).contains("first", "second");
            assertThat(admin.describeTopics(List.of("first")).allTopicNames().get().get("first").partitions()).hasSize(3);
        }
    }

    @Nested
    class NestedTests {

        @Test
        void shouldShareTheBrokerOfTheEnclosingClass(EmbeddedKafkaBroker broker) {
            assertThat(broker).isSameAs(brokerOfConstructor);
        }
    }
}
