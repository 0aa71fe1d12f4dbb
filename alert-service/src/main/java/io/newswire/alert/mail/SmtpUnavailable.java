package io.newswire.alert.mail;

/** The SMTP server cannot take mail now; what was being mailed is retried later, nothing after it goes first. */
final class SmtpUnavailable extends Exception {

    SmtpUnavailable(String message) {
        super(message);
    }
}
