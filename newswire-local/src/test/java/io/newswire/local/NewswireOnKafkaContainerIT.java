package io.newswire.local;

import java.io.IOException;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same pipeline scenario against Kafka in a container; skipped, not failed, where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class NewswireOnKafkaContainerIT extends PipelineScenario {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka-native:4.4.0");

    @Override
    LocalInfrastructure startInfrastructure(LocalInfrastructure.Settings settings) throws IOException {
        return LocalInfrastructure.startAround(KAFKA.getBootstrapServers(), settings);
    }
}
