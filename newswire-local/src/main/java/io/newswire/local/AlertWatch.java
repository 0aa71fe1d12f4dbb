package io.newswire.local;

import io.newswire.core.event.Alert;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.util.Collection;
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

/**
 * Hands every alert on alerts.all ({@code read_committed}) to a callback on its own thread, as a newsroom dashboard
 * would see them: from the beginning of the topic, or only those that arrive from now on.
 */
public final class AlertWatch implements AutoCloseable {

    /** Where the watch starts reading. */
    public enum From { EARLIEST, NOW }

    private final KafkaConsumer<String, Alert> consumer;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);

    private AlertWatch(String bootstrapServers, From from, Consumer<Alert> onAlert) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newswire-local-alert-watch-" + UUID.randomUUID());
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, from == From.NOW ? "latest" : "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, Topics.ALERTS_ALL.keySerde().deserializer(),
                Topics.ALERTS_ALL.valueSerde().deserializer());
        thread = new Thread(() -> run(from, onAlert), "alert-watch");
    }

    public static AlertWatch start(String bootstrapServers, From from, Consumer<Alert> onAlert) {
        AlertWatch watch = new AlertWatch(bootstrapServers, from, onAlert);
        watch.thread.start();
        return watch;
    }

    private void run(From from, Consumer<Alert> onAlert) {
        try {
            consumer.subscribe(List.of(Topics.ALERTS_ALL.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (from == From.NOW) {
                        // fix the positions before saying so: an alert published after awaitAssigned is then seen
                        consumer.seekToEnd(partitions);
                        partitions.forEach(consumer::position);
                    }
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
            // close() asked us to stop
        } catch (RuntimeException e) {
            System.err.println("alert watch stopped: " + e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    /** Waits until the watch reads its partitions, so that nothing published from then on is missed. */
    public void awaitAssigned() throws InterruptedException {
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
