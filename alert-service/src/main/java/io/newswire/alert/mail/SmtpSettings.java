package io.newswire.alert.mail;

import java.time.Duration;

/** Where and how to hand mail over: host, port, STARTTLS (required when on), optional credentials, timeouts. */
public record SmtpSettings(String host, int port, boolean startTls, String user, String password,
                           Duration timeout) {

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }
}
