package io.newswire.core.streams;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.config.KafkaOptions;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Streams configuration every Newswire app runs with; a test passes the same properties to TopologyTestDriver. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    public static Properties properties(String applicationId, String service, KafkaOptions kafka, Path stateDir) {
        Properties props = new Properties();
        props.putAll(kafka.clientProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(DeadLetterHandler.SERVICE_CONFIG, service);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) kafka.topicReplicationFactor);
        // Exactly-once output is visible downstream only at commit, and an item crosses four such hops on its way
        // to an alert: the latency budget depends on this (Streams' exactly-once default), so it is pinned here.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                TopicProvisioner.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), TopicProvisioner.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        return props;
    }
}
