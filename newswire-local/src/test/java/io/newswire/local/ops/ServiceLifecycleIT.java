package io.newswire.local.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.service.ServiceMain;
import io.newswire.core.topic.Topics;
import io.newswire.enrich.EnrichOptions;
import io.newswire.enrich.EnrichService;
import io.newswire.kafka.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * How a service ends, as an orchestrator sees it: a graceful stop leaves the consumer group at once (no wait for
 * the session timeout), and a Streams app that dies makes the service's main return 1, so the process exits
 * non-zero and is restarted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceLifecycleIT {

    @TempDir
    static Path state;

    private EmbeddedKafkaBroker broker;
    private Admin admin;

    @BeforeAll
    void startBroker() {
        broker = EmbeddedKafkaBroker.builder().build().start();
        TopicProvisioner.ensureTopics(new KafkaOptions(broker.bootstrapServers(), 3, (short) 1));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterAll
    void stopBroker() {
        if (admin != null) {
            admin.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void shouldLeaveTheGroupAtOnceWhenClosedGracefully() throws Exception {
        EnrichService service = EnrichService.start(options("lifecycle-graceful"));
        await().atMost(Duration.ofSeconds(90)).until(service::isReady);
        assertThat(members("lifecycle-graceful")).isPositive();

        service.close();

        assertThat(service.awaitTermination()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(members("lifecycle-graceful")).isZero());
    }

    @Test
    @Order(2)
    void shouldReturnExitCodeOneWhenTheStreamsAppDies() throws Exception {
        AtomicReference<EnrichService> started = new AtomicReference<>();
        CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> {
            try {
                return ServiceMain.runUntilStopped(EnrichService.NAME, () -> {
                    started.set(EnrichService.start(options("lifecycle-dies")));
                    return started.get();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(90)).until(() -> started.get() != null && started.get().isReady());

        // A source topic that disappears is fatal for a Streams app: its thread dies and the client shuts down.
        admin.deleteTopics(List.of(Topics.RAW.name())).all().get();

        assertThat(exitCode.get(90, TimeUnit.SECONDS)).isEqualTo(1);
    }

    private int members(String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().size();
    }

    private EnrichOptions options(String applicationId) {
        return CommandLine.populateCommand(new EnrichOptions(), "--bootstrap-servers", broker.bootstrapServers(),
                "--application-id", applicationId, "--ops-port", "0",
                "--state-dir", state.resolve(applicationId).toString());
    }
}
