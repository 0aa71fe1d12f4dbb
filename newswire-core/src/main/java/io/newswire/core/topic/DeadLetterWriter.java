package io.newswire.core.topic;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;

/**
 * Writes dead letters outside Kafka Streams (a Streams app returns {@link DeadLetters#record} from its error
 * handler instead) and waits for the broker's acknowledgement, so the failed input may be passed over only once
 * its dead letter is stored.
 */
public final class DeadLetterWriter {

    private final Producer<byte[], byte[]> producer;
    private final String service;

    public DeadLetterWriter(Producer<byte[], byte[]> producer, String service) {
        this.producer = producer;
        this.service = service;
    }

    public void write(byte[] key, byte[] value, Exception cause, DeadLetters.Source source) {
        try {
            producer.send(DeadLetters.record(service, key, value, cause, source)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write a dead letter: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
