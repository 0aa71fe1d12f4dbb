package io.newswire.core.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The one place a dead letter is put together: the original key and bytes on {@code news.dead-letters}, and in
 * the {@link DeadLetterHeaders} why it failed, which service gave up and, when it came from a topic, where.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** Where a failed record was read; absent for a failure that did not come from a topic. */
    public record Source(String topic, int partition, long offset) {
    }

    public static ProducerRecord<byte[], byte[]> record(String service, byte[] key, byte[] value, Exception cause,
                                                        Source source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.ERROR, utf8(String.valueOf(cause.getMessage())));
        headers.add(DeadLetterHeaders.ERROR_CLASS, utf8(cause.getClass().getName()));
        headers.add(DeadLetterHeaders.SERVICE, utf8(service));
        if (source != null) {
            headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()));
            headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())));
            headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        }
        return new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, key, value, headers);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
