package io.newswire.local;

import io.newswire.core.event.Alert;
import io.newswire.core.topic.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Prints one line per alert on alerts.all as it arrives (UPDATE when a copy of the story adds a source): what a
 * newsroom dashboard would show first.
 */
final class AlertPrinter implements AutoCloseable {

    private final KafkaConsumer<String, Alert> consumer;
    private final PrintStream out;
    private final Thread thread;

    AlertPrinter(String bootstrapServers, PrintStream out) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newswire-local-printer-" + UUID.randomUUID());
        props.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(props, Topics.ALERTS_ALL.keySerde().deserializer(),
                Topics.ALERTS_ALL.valueSerde().deserializer());
        this.out = out;
        this.thread = new Thread(this::run, "alert-printer");
    }

    AlertPrinter start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.ALERTS_ALL.name()));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(500))) {
                    Alert alert = record.value();
                    if (alert != null) {
                        out.printf("%-6s %-10s story=%s  %s  (%d source%s)%n",
                                alert.version() == 1 ? "ALERT" : "UPDATE", alert.kind().wireName(), alert.storyId(),
                                alert.headline(), alert.sources().size(), alert.sources().size() == 1 ? "" : "s");
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
