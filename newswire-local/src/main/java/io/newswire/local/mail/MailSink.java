package io.newswire.local.mail;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A local SMTP server (GreenMail) that also saves every mail it receives as an .eml file in a folder. */
public final class MailSink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailSink.class);

    private final GreenMail greenMail;
    private final Path folder;
    private final AtomicInteger saved = new AtomicInteger();

    private MailSink(GreenMail greenMail, Path folder) {
        this.greenMail = greenMail;
        this.folder = folder;
    }

    public static MailSink start(int port, Path folder) throws IOException {
        Files.createDirectories(folder);
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MailSink sink = new MailSink(greenMail, folder);
        MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            sink.save(message.getMessage(), recipient.getEmail());
            return deliver.handle(message, recipient);
        });
        greenMail.start();
        return sink;
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public Path folder() {
        return folder;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    private void save(jakarta.mail.internet.MimeMessage message, String recipient) {
        Path file = folder.resolve(String.format("%04d-%s.eml", saved.incrementAndGet(),
                recipient.replaceAll("[^A-Za-z0-9@._-]", "_")));
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        } catch (IOException | jakarta.mail.MessagingException e) {
            LOG.warn("cannot save mail for {} to {}: {}", recipient, file, e.toString());
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
