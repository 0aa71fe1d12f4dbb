package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes alert e-mails: a plain-text and an HTML body with the headline, what changed, the evidence sentences and
 * the source links, and a List-Unsubscribe header (mailto, plus one-click HTTPS when an unsubscribe URL is
 * configured). A digest holds several alerts in the same layout.
 */
public final class AlertEmailRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String from;
    private final String unsubscribeUrl;

    /** {@code unsubscribeUrl} may be null; the subscriber's address is appended as {@code address=} parameter. */
    public AlertEmailRenderer(String from, String unsubscribeUrl) {
        this.from = from;
        this.unsubscribeUrl = unsubscribeUrl;
    }

    public Email render(Alert alert, String to, String messageId) {
        String subject = "[Newswire] " + alert.changes().stream().findFirst().orElse(alert.headline())
                + (alert.changes().size() > 1 ? " (+" + (alert.changes().size() - 1) + " more)" : "");
        String text = textOf(alert) + footerText(to);
        String html = "<html><body>" + htmlOf(alert) + footerHtml(to) + "</body></html>";
        return new Email(messageId, from, to, subject, text, html, headers(to));
    }

    public Email renderDigest(List<Alert> alerts, String to, Instant from, Instant until, String messageId) {
        String window = TIME.format(from) + " – " + TIME.format(until);
        String subject = "[Newswire] Digest: " + alerts.size() + (alerts.size() == 1 ? " alert, " : " alerts, ")
                + window;
        StringBuilder text = new StringBuilder("Newswire alerts, " + window + "\n\n");
        StringBuilder html = new StringBuilder("<html><body><p>Newswire alerts, " + escape(window) + "</p>");
        for (Alert alert : alerts) {
            text.append(textOf(alert)).append("\n----------------------------------------\n\n");
            html.append(htmlOf(alert)).append("<hr>");
        }
        return new Email(messageId, this.from, to, subject, text + footerText(to),
                html + footerHtml(to) + "</body></html>", headers(to));
    }

    private static String textOf(Alert alert) {
        StringBuilder b = new StringBuilder();
        b.append(alert.headline()).append('\n');
        b.append(alert.kind().wireName()).append(" · ").append(alert.conflict()).append(" · first seen ")
                .append(TIME.format(alert.firstSeen())).append("\n\n");
        b.append("What changed:\n");
        alert.changes().forEach(c -> b.append("- ").append(c).append('\n'));
        if (!alert.evidence().isEmpty()) {
            b.append("\nEvidence:\n");
            alert.evidence().forEach(e -> b.append("> ").append(e).append('\n'));
        }
        b.append("\nSources:\n");
        for (AlertSource source : alert.sources()) {
            b.append("- ").append(source.source()).append(": ").append(source.title()).append('\n');
            if (source.link() != null) {
                b.append("  ").append(source.link()).append('\n');
            }
        }
        return b.toString();
    }

    private static String htmlOf(Alert alert) {
        StringBuilder b = new StringBuilder();
        b.append("<h2>").append(escape(alert.headline())).append("</h2>");
        b.append("<p><small>").append(escape(alert.kind().wireName())).append(" · ")
                .append(escape(alert.conflict())).append(" · first seen ")
                .append(escape(TIME.format(alert.firstSeen()))).append("</small></p>");
        b.append("<h3>What changed</h3><ul>");
        alert.changes().forEach(c -> b.append("<li><strong>").append(escape(c)).append("</strong></li>"));
        b.append("</ul>");
        if (!alert.evidence().isEmpty()) {
            b.append("<h3>Evidence</h3>");
            alert.evidence().forEach(e -> b.append("<blockquote>").append(escape(e)).append("</blockquote>"));
        }
        b.append("<h3>Sources</h3><ul>");
        for (AlertSource source : alert.sources()) {
            b.append("<li>").append(escape(source.source())).append(": ");
            if (source.link() != null) {
                b.append("<a href=\"").append(escape(source.link())).append("\">").append(escape(source.title()))
                        .append("</a>");
            } else {
                b.append(escape(source.title()));
            }
            b.append("</li>");
        }
        b.append("</ul>");
        return b.toString();
    }

    private String footerText(String to) {
        return "\n--\nSent to " + to + " by Newswire. Unsubscribe: " + unsubscribeTarget(to) + "\n";
    }

    private String footerHtml(String to) {
        String target = unsubscribeTarget(to);
        return "<p><small>Sent to " + escape(to) + " by Newswire. <a href=\"" + escape(target)
                + "\">Unsubscribe</a></small></p>";
    }

    private String unsubscribeTarget(String to) {
        return unsubscribeUrl != null ? unsubscribeLink(to) : mailto(to);
    }

    private Map<String, String> headers(String to) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (unsubscribeUrl != null) {
            headers.put("List-Unsubscribe", "<" + unsubscribeLink(to) + ">, <" + mailto(to) + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } else {
            headers.put("List-Unsubscribe", "<" + mailto(to) + ">");
        }
        return headers;
    }

    private String unsubscribeLink(String to) {
        return unsubscribeUrl + (unsubscribeUrl.contains("?") ? "&" : "?") + "address=" + encode(to);
    }

    private String mailto(String to) {
        String domain = from.substring(from.lastIndexOf('@') + 1);
        return "mailto:unsubscribe@" + domain + "?subject=" + encode("unsubscribe " + to).replace("+", "%20");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
