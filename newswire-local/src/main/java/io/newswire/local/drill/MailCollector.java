package io.newswire.local.drill;

import io.newswire.local.mail.MailSink;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMTP sink of a drill, which can be taken down and brought back on the same port; it keeps every mail
 * received across those outages as (recipient, Message-ID).
 */
final class MailCollector implements AutoCloseable {

    /** One delivered mail, per recipient. */
    record Delivery(String recipient, String messageId) {
    }

    private final int port;
    private final Path folder;
    private final List<Delivery> earlier = new ArrayList<>();
    private MailSink sink;
    private int epoch;

    MailCollector(MailSink sink, Path folder) {
        this.sink = sink;
        this.port = sink.port();
        this.folder = folder;
    }

    synchronized void stop() throws MessagingException {
        earlier.addAll(deliveries(sink));
        sink.close();
        sink = null;
    }

    /** Back on the same port; its mails are saved in a folder of their own, the first sink's files stay. */
    synchronized void start() throws IOException {
        sink = MailSink.start(port, folder.resolve("after-outage-" + ++epoch));
    }

    synchronized List<Delivery> deliveries() throws MessagingException {
        List<Delivery> all = new ArrayList<>(earlier);
        if (sink != null) {
            all.addAll(deliveries(sink));
        }
        return all;
    }

    private static List<Delivery> deliveries(MailSink sink) throws MessagingException {
        List<Delivery> deliveries = new ArrayList<>();
        for (MimeMessage message : sink.greenMail().getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                deliveries.add(new Delivery(to.toString(), message.getMessageID()));
            }
        }
        return deliveries;
    }

    @Override
    public synchronized void close() {
        if (sink != null) {
            sink.close();
        }
    }
}
