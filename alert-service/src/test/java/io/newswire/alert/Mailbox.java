package io.newswire.alert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A GreenMail SMTP server that can go down and come back on the same port, keeping every message it received in
 * each of its lives.
 */
public final class Mailbox implements AutoCloseable {

    private final ServerSetup setup;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    /** A server on a free port of localhost. */
    public Mailbox() {
        this.setup = new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void start() {
        greenMail = new GreenMail(setup);
        greenMail.start();
    }

    public synchronized void stop() {
        earlier.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        greenMail.stop();
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized List<MimeMessage> messages() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        return all;
    }

    /** How many mails arrived per (recipient, Message-ID): exactly once means every count is 1. */
    public Map<String, Long> countsByRecipientAndMessageId() {
        return messages().stream().collect(Collectors.groupingBy(m -> recipient(m) + " " + messageId(m),
                Collectors.counting()));
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body of an alert e-mail (the first part of its multipart/alternative), with Unix line ends. */
    public static String text(MimeMessage message) {
        try {
            return ((Multipart) message.getContent()).getBodyPart(0).getContent().toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        greenMail.stop();
    }
}
