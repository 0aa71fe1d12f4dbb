package io.newswire.alert.mail;

import io.newswire.core.event.MailRecord;

/**
 * The record of mails handed to the SMTP server (compacted topic alerts.mail-ledger, key: the mail's deterministic
 * Message-ID). Consulted before every send; every write is durable before the mailer goes on, so a mail is never
 * sent without its record surviving a crash.
 */
final class MailLedger {

    private final CompactedStore<MailRecord> store;

    MailLedger(CompactedStore<MailRecord> store) {
        this.store = store;
    }

    void catchUp() {
        store.catchUp();
    }

    boolean contains(String messageId) {
        return store.contains(messageId);
    }

    int size() {
        return store.size();
    }

    void record(String key, MailRecord record) {
        store.put(key, record);
    }

    /** Takes back an entry whose mail the server did not accept after all. */
    void retract(String key) {
        store.remove(key);
    }
}
