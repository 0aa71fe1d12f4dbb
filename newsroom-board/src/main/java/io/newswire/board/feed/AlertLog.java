package io.newswire.board.feed;

import io.newswire.core.event.Alert;
import io.newswire.core.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance's own view of alerts.all, for the live stream: a consumer outside any group reads all partitions
 * from the start ({@code read_committed}, so an alert shows only once alert-service committed it) and keeps the
 * latest {@code capacity} alerts in the order it read them. Readers wait on the log for alerts past a cursor.
 */
public final class AlertLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertLog.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, Alert> consumer;
    private final int capacity;
    private final Deque<AlertEvent> events = new ArrayDeque<>();
    private final Thread thread;
    private AlertCursor position = AlertCursor.START;
    private volatile boolean assigned;
    private volatile boolean failed;

    public AlertLog(Properties clientProperties, int capacity) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, Topics.ALERTS_ALL.keySerde().deserializer(),
                Topics.ALERTS_ALL.valueSerde().deserializer());
        this.capacity = capacity;
        this.thread = new Thread(this::run, "board-alert-log");
        this.thread.setDaemon(true);
    }

    public AlertLog start() {
        thread.start();
        return this;
    }

    /**
     * A value that cannot be read is skipped here: the stream only shows alerts, and the board's Streams app, which
     * reads the same records, dead-letters it.
     */
    private void run() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.ALERTS_ALL.name())) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            assigned = true;
            while (true) {
                try {
                    append(consumer.poll(POLL));
                } catch (RecordDeserializationException e) {
                    LOG.warn("alert log skips unreadable {}-{}@{}: {}", e.topicPartition().topic(),
                            e.topicPartition().partition(), e.offset(), e.getMessage());
                    consumer.seek(e.topicPartition(), e.offset() + 1);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            failed = true;
            LOG.error("alert log stopped reading {}", Topics.ALERTS_ALL.name(), e);
        } finally {
            consumer.close();
        }
    }

    private void append(Iterable<ConsumerRecord<String, Alert>> records) {
        synchronized (events) {
            boolean added = false;
            for (ConsumerRecord<String, Alert> record : records) {
                if (record.value() == null) {
                    continue;
                }
                position = position.past(record.partition(), record.offset());
                events.addLast(new AlertEvent(position.toString(), record.partition(), record.offset(),
                        record.value()));
                added = true;
                if (events.size() > capacity) {
                    events.removeFirst();
                }
            }
            if (added) {
                events.notifyAll();
            }
        }
    }

    /** Up to {@code limit} alerts past the cursor, oldest first; waits up to {@code wait} for the first one. */
    public List<AlertEvent> after(AlertCursor cursor, int limit, Duration wait) throws InterruptedException {
        return select(event -> cursor.isBefore(event.partition(), event.offset()), limit, wait);
    }

    /** Up to {@code limit} alerts updated at or after the instant, oldest first. */
    public List<AlertEvent> since(Instant instant, int limit) throws InterruptedException {
        return select(event -> event.alert().updatedAt() != null && !event.alert().updatedAt().isBefore(instant),
                limit, Duration.ZERO);
    }

    private List<AlertEvent> select(Predicate<AlertEvent> wanted, int limit, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (events) {
            while (true) {
                List<AlertEvent> found = new ArrayList<>();
                for (AlertEvent event : events) {
                    if (found.size() == limit) {
                        break;
                    }
                    if (wanted.test(event)) {
                        found.add(event);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!found.isEmpty() || left <= 0) {
                    return found;
                }
                events.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    public int size() {
        synchronized (events) {
            return events.size();
        }
    }

    /** Reading: partitions assigned and the consumer alive. */
    public boolean isReading() {
        return assigned && !failed;
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
