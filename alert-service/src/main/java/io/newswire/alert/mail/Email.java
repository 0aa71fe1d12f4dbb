package io.newswire.alert.mail;

import java.util.Map;

/** One e-mail ready to send: a plain-text and an HTML body of the same content, and extra headers. */
public record Email(String messageId, String from, String to, String subject, String text, String html,
                   Map<String, String> headers) {

    public Email {
        headers = Map.copyOf(headers);
    }
}
