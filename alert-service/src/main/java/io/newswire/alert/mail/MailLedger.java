package io.newswire.alert.mail;

import io.newswire.core.event.MailRecord;
import io.newswire.core.topic.Topics;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * The record of mails handed to the SMTP server (compacted topic alerts.mail-ledger, key: the mail's deterministic
 * Message-ID). Consulted before every send; every write is acknowledged by all in-sync replicas before the mailer
 * goes on, so a mail is never sent without its record surviving a crash.
 */
final class MailLedger {

    private final CompactedTopicView<MailRecord> view;
    private final Producer<String, byte[]> producer;

    MailLedger(CompactedTopicView<MailRecord> view, Producer<String, byte[]> producer) {
        this.view = view;
        this.producer = producer;
    }

    void catchUp() {
        view.catchUp();
    }

    boolean contains(String key) {
        return view.contains(key);
    }

    int size() {
        return view.size();
    }

    void record(String key, MailRecord record) {
        write(key, Topics.MAIL_LEDGER.valueSerde().serializer().serialize(Topics.MAIL_LEDGER.name(), record));
        view.apply(key, record);
    }

    /** Takes back an entry whose mail the server did not accept after all. */
    void retract(String key) {
        write(key, null);
        view.apply(key, null);
    }

    private void write(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(Topics.MAIL_LEDGER.name(), key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while writing the mail ledger", e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot write the mail ledger: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
