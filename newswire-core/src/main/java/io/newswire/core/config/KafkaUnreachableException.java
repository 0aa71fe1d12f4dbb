package io.newswire.core.config;

import java.time.Duration;

/** No broker answered: the one-line message names the servers tried and where that setting comes from. */
public final class KafkaUnreachableException extends RuntimeException {

    public KafkaUnreachableException(String bootstrapServers, Duration waited, Throwable cause) {
        super("cannot reach Kafka at " + bootstrapServers + " within " + waited.toSeconds() + " s (set with "
                + KafkaOptions.BOOTSTRAP_FLAG + " or " + KafkaOptions.BOOTSTRAP_VARIABLE + ")", cause);
    }
}
