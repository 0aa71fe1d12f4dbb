package io.newswire.alert.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a subscriber leaves: a {@code mailto:} address at the sender's domain, and a one-click HTTPS link (RFC 8058)
 * when an unsubscribe URL is configured, both named in the {@code List-Unsubscribe} headers.
 */
final class Unsubscribe {

    private final String from;
    private final String url;

    /** {@code url} may be null; the subscriber's address is appended as {@code address=} parameter. */
    Unsubscribe(String from, String url) {
        this.from = from;
        this.url = url;
    }

    /** Where an e-mail's footer link points: the HTTPS link when there is one, else the mailto address. */
    String target(String to) {
        return url != null ? link(to) : mailto(to);
    }

    Map<String, String> headers(String to) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (url != null) {
            headers.put("List-Unsubscribe", "<" + link(to) + ">, <" + mailto(to) + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } else {
            headers.put("List-Unsubscribe", "<" + mailto(to) + ">");
        }
        return headers;
    }

    private String link(String to) {
        return url + (url.contains("?") ? "&" : "?") + "address=" + encode(to);
    }

    private String mailto(String to) {
        String domain = from.substring(from.lastIndexOf('@') + 1);
        return "mailto:unsubscribe@" + domain + "?subject=" + encode("unsubscribe " + to).replace("+", "%20");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
