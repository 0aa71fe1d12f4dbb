package io.newswire.alert.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** E-mails sent (immediate or digest), SMTP retries, permanent failures and sends the ledger prevented. */
final class MailMetrics {

    private final Counter immediate;
    private final Counter digest;
    private final Counter retried;
    private final Counter failed;
    private final Counter alreadySent;

    MailMetrics(MeterRegistry registry) {
        immediate = Counter.builder("newswire.mail.sent").tag("type", "immediate")
                .description("E-mails accepted by the SMTP server").register(registry);
        digest = Counter.builder("newswire.mail.sent").tag("type", "digest")
                .description("E-mails accepted by the SMTP server").register(registry);
        retried = Counter.builder("newswire.mail.retried")
                .description("Sends that failed for now and will be retried").register(registry);
        failed = Counter.builder("newswire.mail.failed")
                .description("Sends the server refused for good (sent to news.dead-letters)").register(registry);
        alreadySent = Counter.builder("newswire.mail.already.sent")
                .description("Sends skipped because the ledger already holds the mail").register(registry);
    }

    void sent(boolean isDigest) {
        (isDigest ? digest : immediate).increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }

    void alreadySent() {
        alreadySent.increment();
    }
}
