package io.newswire.local.bench;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.topic.TopicReader;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the pipeline got: committed records on news.raw and news.articles, counted by read_committed readers,
 * and the alert app's committed position on news.articles against that topic's end (positions step over
 * transaction markers, so the alert stage is followed as a share of the topic, not as a record count).
 */
final class EndToEndProgress implements AutoCloseable {

    /** One look at the pipeline. */
    record Sample(long nanos, long raw, long articles, long alertPosition, long articlesEnd) {

        boolean alertCaughtUp() {
            return alertPosition >= articlesEnd;
        }

        /** Progress since an earlier sample. */
        Sample since(Sample earlier) {
            return new Sample(nanos, raw - earlier.raw, articles - earlier.articles,
                    alertPosition - earlier.alertPosition, articlesEnd - earlier.articlesEnd);
        }
    }

    private static final String ALERT_GROUP = "newswire-alert";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;
    private final TopicReader<byte[], byte[]> raw;
    private final TopicReader<byte[], byte[]> articles;
    private long rawCount;
    private long articleCount;

    EndToEndProgress(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(props);
        raw = TopicReader.raw(KafkaOptions.clientProperties(bootstrapServers), Topics.RAW.name(), READ_TIMEOUT);
        articles = TopicReader.raw(KafkaOptions.clientProperties(bootstrapServers), Topics.ARTICLES.name(),
                READ_TIMEOUT);
    }

    Sample sample() throws Exception {
        rawCount += raw.poll(Duration.ofMillis(100)).count();
        articleCount += articles.poll(Duration.ofMillis(100)).count();
        List<TopicPartition> partitions = articles.partitions();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ALERT_GROUP)
                .partitionsToOffsetAndMetadata().get();
        long position = partitions.stream().map(committed::get).filter(o -> o != null)
                .mapToLong(OffsetAndMetadata::offset).sum();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        long end = ends.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        return new Sample(System.nanoTime(), rawCount, articleCount, position, end);
    }

    @Override
    public void close() {
        raw.close();
        articles.close();
        admin.close();
    }
}
