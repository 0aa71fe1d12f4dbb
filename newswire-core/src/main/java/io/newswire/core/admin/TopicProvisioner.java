package io.newswire.core.admin;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.config.KafkaUnreachableException;
import io.newswire.core.topic.Topic;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the contract's topics that do not exist yet (compacted where the contract says so). Every service runs it
 * at start-up, so a fresh cluster needs no manual step; existing topics are left as they are.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    /** Article pages are capped at 2 MiB of HTML by ingest; the default 1 MB limit of brokers would refuse some. */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
    /** How long a service or command waits for the cluster before it reports Kafka unreachable. */
    public static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    private TopicProvisioner() {
    }

    public static void ensureTopics(KafkaOptions kafka) {
        ensureTopics(kafka, Topics.ALL);
    }

    public static void ensureTopics(KafkaOptions kafka, List<Topic<?, ?>> topics) {
        Properties props = kafka.clientProperties();
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = existingTopics(admin, kafka);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> newTopic(topic, kafka))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics on " + kafka.bootstrapServers + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The first call to the cluster: when no broker answers, say so in one line rather than wait and retry. */
    private static Set<String> existingTopics(Admin admin, KafkaOptions kafka)
            throws InterruptedException, ExecutionException {
        try {
            return admin.listTopics(new ListTopicsOptions().timeoutMs((int) REACH_TIMEOUT.toMillis())).names().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new KafkaUnreachableException(kafka.bootstrapServers, REACH_TIMEOUT, e.getCause());
            }
            throw e;
        }
    }

    private static NewTopic newTopic(Topic<?, ?> topic, KafkaOptions kafka) {
        return new NewTopic(topic.name(), kafka.topicPartitions, kafka.topicReplicationFactor).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES)));
    }
}
