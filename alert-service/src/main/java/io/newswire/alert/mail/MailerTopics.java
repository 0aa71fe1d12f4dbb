package io.newswire.alert.mail;

import io.newswire.core.json.JsonSerde;
import io.newswire.core.topic.Topic;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The mailer's own topic, not part of the public contract (like a Streams changelog): digests waiting for the end
 * of their interval. Compacted; a sent digest's entries are deleted with tombstones.
 */
public final class MailerTopics {

    public static final Topic<String, DigestEntry> DIGEST_BUFFER =
            new Topic<>("alerts.digest-buffer", Serdes.String(), new JsonSerde<>(DigestEntry.class), DigestEntry.class,
                    true);

    private MailerTopics() {
    }
}
