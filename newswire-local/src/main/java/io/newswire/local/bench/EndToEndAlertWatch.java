package io.newswire.local.bench;

import io.newswire.core.event.Alert;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/** Hands every alert arriving on alerts.all from now on to a callback, as a newsroom dashboard would see it. */
final class EndToEndAlertWatch implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);

    EndToEndAlertWatch(String bootstrapServers, Consumer<Alert> onAlert) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, Topics.ALERTS_ALL.keySerde().deserializer(),
                Topics.ALERTS_ALL.valueSerde().deserializer());
        thread = new Thread(() -> run(onAlert), "end-to-end-alert-watch");
        thread.start();
    }

    private void run(Consumer<Alert> onAlert) {
        try {
            consumer.subscribe(List.of(Topics.ALERTS_ALL.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    assigned.countDown();
                }
            });
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (record.value() != null) {
                        onAlert.accept(record.value());
                    }
                });
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            System.err.println("alert watch stopped: " + e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    void awaitAssigned() throws InterruptedException {
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("alerts.all was not assigned within 60 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
