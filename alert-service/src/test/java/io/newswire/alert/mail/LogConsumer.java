package io.newswire.alert.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Kafka's {@link MockConsumer} with a log behind it: like a broker, each poll serves the records from the
 * partition's position on, so a seek back serves them again (the mock alone forgets a record once polled). Keeps
 * every commit.
 */
final class LogConsumer extends MockConsumer<String, byte[]> {

    private final List<ConsumerRecord<String, byte[]>> log = new ArrayList<>();
    private final List<Map<TopicPartition, OffsetAndMetadata>> commits = new ArrayList<>();

    LogConsumer() {
        super("earliest");
    }

    synchronized void append(ConsumerRecord<String, byte[]> record) {
        log.add(record);
    }

    @Override
    public synchronized ConsumerRecords<String, byte[]> poll(Duration timeout) {
        for (TopicPartition partition : assignment()) {
            if (!paused().contains(partition)) {
                long position = position(partition);
                log.stream().filter(r -> r.topic().equals(partition.topic())
                                && r.partition() == partition.partition() && r.offset() >= position)
                        .forEach(this::addRecord);
            }
        }
        return super.poll(timeout);
    }

    @Override
    public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        commits.add(Map.copyOf(offsets));
        super.commitSync(offsets);
    }

    synchronized List<Map<TopicPartition, OffsetAndMetadata>> commits() {
        return List.copyOf(commits);
    }
}
