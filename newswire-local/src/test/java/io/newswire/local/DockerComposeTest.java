package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.alert.AlertServiceMain;
import io.newswire.board.BoardMain;
import io.newswire.core.config.EnvironmentVariables;
import io.newswire.core.topic.Topics;
import io.newswire.enrich.EnrichServiceMain;
import io.newswire.ingest.IngestServiceMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** There is no Docker here, so the compose file is checked against what the services really read. */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");
    private static final Map<String, Object> SERVICE_COMMANDS = Map.of(
            "ingest-service", new IngestServiceMain(),
            "enrich-service", new EnrichServiceMain(),
            "alert-service", new AlertServiceMain(),
            "newsroom-board", new BoardMain());

    @Test
    void shouldRunEveryServiceAndTheInfrastructureItNeeds() throws IOException {
        assertThat(services().fieldNames()).toIterable()
                .contains("kafka", "kafka-init", "ingest-service", "enrich-service", "alert-service", "newsroom-board",
                        "mailpit",
                        "prometheus", "grafana");
        assertThat(services().at("/kafka/image").asText()).isEqualTo("apache/kafka:4.4.0");
        assertThat(services().at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    }

    @Test
    void shouldSetOnlyEnvironmentVariablesThatEachServiceReads() throws IOException {
        SERVICE_COMMANDS.forEach((service, command) -> {
            Set<String> set = newswireVariables(environment(service));
            assertThat(set).as(service).isNotEmpty();
            assertThat(EnvironmentVariables.readBy(command)).as(service).containsAll(set);
        });
    }

    @Test
    void shouldBuildEachServiceFromItsOwnDockerfile() throws IOException {
        for (String service : SERVICE_COMMANDS.keySet()) {
            String dockerfile = services().at("/" + service + "/build/dockerfile").asText();
            assertThat(dockerfile).isEqualTo(service + "/Dockerfile");
            assertThat(Files.readString(COMPOSE.resolveSibling(dockerfile)))
                    .contains("target/" + service + ".jar");
        }
    }

    @Test
    void shouldCreateEveryContractTopic() throws IOException {
        String init = services().at("/kafka-init/command/0").asText();
        Topics.ALL.forEach(topic -> assertThat(init).contains("create " + topic.name()
                + (topic.compacted() ? " --config cleanup.policy=compact" : "")));
    }

    private static JsonNode services() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile()).get("services");
    }

    private static Map<String, String> environment(String service) {
        try {
            Map<String, String> variables = new HashMap<>();
            services().at("/" + service + "/environment").properties()
                    .forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
            return variables;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> newswireVariables(Map<String, String> environment) {
        Set<String> names = new TreeSet<>(environment.keySet());
        names.removeIf(name -> !name.startsWith("NEWSWIRE_"));
        return names;
    }
}
