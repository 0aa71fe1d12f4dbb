package io.newswire.alert;

import io.newswire.alert.mail.MailerSettings;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.core.topic.TopicReader;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * What integration tests do with the topics: publish articles, read every alert and bulletin, ask whether the mailer
 * caught up.
 */
public final class AlertTopics implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, Article> producer;
    private final KafkaConsumer<String, Alert> consumer;
    private final List<Alert> alerts = new ArrayList<>();

    public AlertTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProps, Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(consumerProps, Topics.ALERTS_ALL.keySerde().deserializer(),
                Topics.ALERTS_ALL.valueSerde().deserializer());
    }

    public void publish(Article article) {
        try {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), article.itemId(), article)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every alert version published so far, in the order read. */
    public synchronized List<Alert> alerts() {
        if (consumer.assignment().isEmpty()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS_ALL.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(100))) {
            alerts.add(record.value());
        }
        return List.copyOf(alerts);
    }

    /** The latest version of each alert. */
    public List<Alert> latestAlerts() {
        return alerts().stream().collect(Collectors.toMap(Alert::alertId, Function.identity(),
                        (a, b) -> a.version() >= b.version() ? a : b)).values().stream()
                .sorted(Comparator.comparing(Alert::storyId).thenComparing(Alert::kind)).toList();
    }

    /** Every bulletin published so far: one per article that brought new developments. */
    public List<AlertBulletin> bulletins() {
        return TopicReader.values(KafkaOptions.clientProperties(bootstrapServers), Topics.ALERTS_BULLETINS,
                Duration.ofSeconds(30));
    }

    public boolean carries(String itemId) {
        return alerts().stream().anyMatch(a -> a.sources().stream().anyMatch(s -> s.itemId().equals(itemId)));
    }

    /** True when the mailer has committed every bulletin up to the end of alerts.bulletins. */
    public boolean mailerCaughtUp() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(MailerSettings.GROUP_ID).partitionsToOffsetAndMetadata().get();
            Collection<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS_BULLETINS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())),
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                    || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
