package io.newswire.alert.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends over SMTP with Angus Mail, one connection per e-mail. The commit point is reached inside the SMTP
 * transaction, after the whole message has been written and just before the end-of-data mark: until that mark the
 * server discards the message if the connection drops, so a crash before the ledger write sends nothing, and a
 * crash after it leaves a ledger entry for a mail the server has (or is about to have) accepted.
 */
public final class SmtpEmailer implements Emailer {

    private final SmtpSettings settings;
    private final Session session;

    public SmtpEmailer(SmtpSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        String timeout = Long.toString(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        this.session = Session.getInstance(props);
    }

    @Override
    public void send(Email email, CommitPoint commitPoint) throws SendFailure {
        CommitPointTransport transport = new CommitPointTransport(session,
                new URLName("smtp", settings.host(), settings.port(), null, settings.user(), settings.password()),
                commitPoint);
        try {
            MimeMessage message = message(email);
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new SendFailure("cannot send " + email.messageId() + " to " + email.to() + ": " + e.getMessage(),
                    e, isPermanent(e), transport.reached);
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mail's fate was decided above; a failing QUIT changes nothing
            }
        }
    }

    private MimeMessage message(Email email) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(new InternetAddress(email.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to()));
        message.setSubject(email.subject(), "UTF-8");
        for (var header : email.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(email.html(), "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** 5xx replies are final; everything else (4xx, connection refused, timeouts) is worth retrying. */
    static boolean isPermanent(Exception e) {
        for (Exception cause = e; cause != null; cause = next(cause)) {
            int code = -1;
            if (cause instanceof SMTPSendFailedException failed) {
                code = failed.getReturnCode();
            } else if (cause instanceof SMTPAddressFailedException failed) {
                code = failed.getReturnCode();
            }
            if (code >= 500) {
                return true;
            }
        }
        return false;
    }

    private static Exception next(Exception e) {
        return e instanceof MessagingException m ? m.getNextException() : null;
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up when the message is saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Calls the commit point between the message data and the end-of-data mark (DATA or BDAT). */
    private static final class CommitPointTransport extends SMTPTransport {
        private final CommitPoint commitPoint;
        private boolean reached;

        CommitPointTransport(Session session, URLName url, CommitPoint commitPoint) {
            super(session, url);
            this.commitPoint = commitPoint;
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            commit();
            super.finishData();
        }

        @Override
        protected void finishBdat() throws IOException, MessagingException {
            commit();
            super.finishBdat();
        }

        private void commit() throws MessagingException {
            reached = true;
            try {
                commitPoint.reached();
            } catch (Exception e) {
                throw new MessagingException("commit point failed, message not sent", e);
            }
        }
    }
}
