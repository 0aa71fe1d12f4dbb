package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Development;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the e-mail of one article's bulletin, or a digest of several: the headline, then what changed (most
 * important first, as the subject names it), then the evidence quoted with the outlet it comes from, then the
 * sources. The HTML body is one centred column of at most 600 px that narrows on a phone, styled inline and with no
 * remote resources (no images, fonts or stylesheets to fetch); the plain-text body says the same. Every e-mail
 * says how to {@link Unsubscribe}.
 */
public final class BulletinEmailRenderer {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_WITH_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
    private static final String SECTION = "margin:20px 0 8px;font-size:13px;line-height:1.4;font-weight:bold;"
            + "color:#6b7280;text-transform:uppercase;letter-spacing:0.05em;";
    private static final String NO_OUTLET = "outlet not named";

    private final String from;
    private final Unsubscribe unsubscribe;

    /** {@code unsubscribeUrl} may be null; the subscriber's address is appended as {@code address=} parameter. */
    public BulletinEmailRenderer(String from, String unsubscribeUrl) {
        this.from = from;
        this.unsubscribe = new Unsubscribe(from, unsubscribeUrl);
    }

    /** The subject names the bulletin's most important change and how many more there are. */
    public Email render(AlertBulletin bulletin, String to, String messageId) {
        String subject = "[Newswire] " + summary(bulletin);
        String text = text(bulletin) + footerText(to);
        String html = page(subject, summary(bulletin), htmlOf(bulletin, "h1", 22), to);
        return new Email(messageId, from, to, subject, text, html, unsubscribe.headers(to));
    }

    public Email renderDigest(List<AlertBulletin> bulletins, String to, Instant start, Instant end,
                              String messageId) {
        // Intervals shorter than a minute still get subjects of their own.
        DateTimeFormatter time = start.getEpochSecond() % 60 == 0 && end.getEpochSecond() % 60 == 0 ? TIME
                : TIME_WITH_SECONDS;
        String window = time.format(start) + " – " + time.format(end);
        String subject = "[Newswire] Digest: " + bulletins.size()
                + (bulletins.size() == 1 ? " article, " : " articles, ") + window;
        StringBuilder text = new StringBuilder("Newswire digest, " + window + "\n\n");
        StringBuilder html = new StringBuilder("<p style=\"margin:0 0 4px;font-size:13px;color:#6b7280;\">")
                .append(escape("Newswire digest, " + window)).append("</p>");
        for (int i = 0; i < bulletins.size(); i++) {
            if (i > 0) {
                text.append("\n----------------------------------------\n\n");
                html.append("<hr style=\"border:0;border-top:1px solid #e5e7eb;margin:24px 0;\">");
            }
            text.append(text(bulletins.get(i)));
            html.append(htmlOf(bulletins.get(i), "h2", 20));
        }
        String preview = bulletins.stream().map(BulletinEmailRenderer::summary).findFirst().orElse("");
        return new Email(messageId, from, to, subject, text + footerText(to), page(subject, preview,
                html.toString(), to), unsubscribe.headers(to));
    }

    static String summary(AlertBulletin bulletin) {
        Development top = bulletin.top();
        if (top == null) {
            return bulletin.headline();
        }
        int more = bulletin.developments().size() - 1;
        return top.change() + (more > 0 ? " (+" + more + " more)" : "");
    }

    private static String text(AlertBulletin bulletin) {
        StringBuilder b = new StringBuilder();
        b.append(bulletin.headline()).append('\n').append(meta(bulletin)).append("\n\n");
        b.append("What changed:\n");
        Map<Development, List<String>> others = otherSources(bulletin);
        for (Development development : bulletin.developments()) {
            b.append("- ").append(development.change()).append('\n');
            for (String other : others.getOrDefault(development, List.of())) {
                b.append("  Other sources: ").append(other).append('\n');
            }
        }
        List<String> evidence = evidence(bulletin);
        if (!evidence.isEmpty()) {
            b.append("\nEvidence:\n");
            for (String sentence : evidence) {
                b.append("> ").append(sentence).append('\n').append("  — ").append(outlet(bulletin.source()))
                        .append('\n');
            }
        }
        b.append("\nSources:\n");
        for (AlertSource source : sources(bulletin)) {
            b.append("- ").append(outlet(source)).append(": ").append(source.title()).append('\n');
            if (safeLink(source.link()) != null) {
                b.append("  ").append(source.link()).append('\n');
            }
        }
        return b.toString();
    }

    private static String htmlOf(AlertBulletin bulletin, String headingTag, int headingSize) {
        StringBuilder b = new StringBuilder();
        b.append("<p style=\"margin:0 0 6px;font-size:13px;line-height:1.4;color:#6b7280;\">")
                .append(escape(meta(bulletin))).append("</p>");
        b.append('<').append(headingTag).append(" style=\"margin:0;font-size:").append(headingSize)
                .append("px;line-height:1.3;color:#111827;\">").append(escape(bulletin.headline()))
                .append("</").append(headingTag).append('>');
        b.append("<p style=\"").append(SECTION).append("\">What changed</p>");
        b.append("<ul style=\"margin:0;padding:0 0 0 20px;\">");
        Map<Development, List<String>> others = otherSources(bulletin);
        for (int i = 0; i < bulletin.developments().size(); i++) {
            Development development = bulletin.developments().get(i);
            String change = escape(development.change());
            b.append("<li style=\"margin:0 0 6px;font-size:16px;line-height:1.5;color:#111827;\">")
                    .append(i == 0 ? "<strong>" + change + "</strong>" : change);
            for (String other : others.getOrDefault(development, List.of())) {
                b.append("<br><span style=\"font-size:14px;color:#4b5563;\">Other sources: ").append(escape(other))
                        .append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
        List<String> evidence = evidence(bulletin);
        if (!evidence.isEmpty()) {
            b.append("<p style=\"").append(SECTION).append("\">Evidence</p>");
            for (String sentence : evidence) {
                b.append("<blockquote style=\"margin:0 0 12px;padding:8px 12px;border-left:3px solid #9ca3af;"
                                + "background:#f9fafb;font-size:15px;line-height:1.5;color:#374151;\">")
                        .append(escape(sentence))
                        .append("<br><span style=\"font-size:13px;color:#6b7280;\">— ")
                        .append(escape(outlet(bulletin.source()))).append("</span></blockquote>");
            }
        }
        b.append("<p style=\"").append(SECTION).append("\">Sources</p>");
        b.append("<ul style=\"margin:0;padding:0 0 0 20px;\">");
        for (AlertSource source : sources(bulletin)) {
            b.append("<li style=\"margin:0 0 6px;font-size:15px;line-height:1.5;color:#111827;\">")
                    .append(escape(outlet(source))).append(": ");
            String link = safeLink(source.link());
            if (link != null) {
                b.append("<a href=\"").append(escape(link)).append("\" style=\"color:#1d4ed8;\">")
                        .append(escape(source.title())).append("</a>");
            } else {
                b.append(escape(source.title()));
            }
            if (source.publishedAt() != null) {
                b.append(" <span style=\"color:#6b7280;font-size:13px;\">")
                        .append(escape(TIME.format(source.publishedAt()))).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
        return b.toString();
    }

    /**
     * One column that fills a phone's width and stops at 600 px on a desktop, built of tables for mail clients that
     * lay out nothing else.
     */
    private String page(String title, String preview, String content, String to) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title></head>"
                + "<body style=\"margin:0;padding:0;background:#f3f4f6;" + FONT + "\">"
                + "<div style=\"display:none;max-height:0;overflow:hidden;\">" + escape(preview) + "</div>"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                + " style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                + " style=\"max-width:600px;background:#ffffff;border:1px solid #e5e7eb;border-radius:6px;\">"
                + "<tr><td style=\"padding:20px;" + FONT + "\">" + content + "</td></tr>"
                + "<tr><td style=\"padding:12px 20px 20px;border-top:1px solid #e5e7eb;font-size:12px;"
                + "line-height:1.5;color:#6b7280;" + FONT + "\">" + footerHtml(to) + "</td></tr>"
                + "</table></td></tr></table></body></html>";
    }

    private static String meta(AlertBulletin bulletin) {
        List<String> parts = new ArrayList<>();
        parts.add(bulletin.conflict() != null ? bulletin.conflict() : "conflict not determined");
        if (bulletin.source() != null) {
            parts.add(outlet(bulletin.source()));
            if (bulletin.source().publishedAt() != null) {
                parts.add(TIME.format(bulletin.source().publishedAt()));
            }
        }
        return String.join(" · ", parts);
    }

    /** Each sentence once, in the order of the bulletin's alerts. */
    private static List<String> evidence(AlertBulletin bulletin) {
        Set<String> sentences = new LinkedHashSet<>();
        bulletin.alerts().forEach(alert -> sentences.addAll(alert.evidence()));
        return List.copyOf(sentences);
    }

    /** The figures of other sources beside each casualty series, shown under its alert's first development. */
    private static Map<Development, List<String>> otherSources(AlertBulletin bulletin) {
        Map<String, List<String>> byAlert = new LinkedHashMap<>();
        bulletin.alerts().stream().filter(alert -> !alert.otherSources().isEmpty())
                .forEach(alert -> byAlert.put(alert.alertId(), alert.otherSources()));
        Map<Development, List<String>> shown = new LinkedHashMap<>();
        for (Development development : bulletin.developments()) {
            List<String> others = byAlert.remove(development.alertId());
            if (others != null) {
                shown.put(development, others);
            }
        }
        return shown;
    }

    /** The article itself first, then any other article the alerts name, each once. */
    private static List<AlertSource> sources(AlertBulletin bulletin) {
        Map<String, AlertSource> byItem = new LinkedHashMap<>();
        if (bulletin.source() != null) {
            byItem.put(key(bulletin.source()), bulletin.source());
        }
        for (Alert alert : bulletin.alerts()) {
            alert.sources().forEach(source -> byItem.putIfAbsent(key(source), source));
        }
        return List.copyOf(byItem.values());
    }

    private static String key(AlertSource source) {
        return source.itemId() != null ? source.itemId() : String.valueOf(source.link());
    }

    /** Who published the article; the title is under Sources, so a quote names only the outlet. */
    private static String outlet(AlertSource source) {
        return source == null || source.source() == null || source.source().isBlank() ? NO_OUTLET
                : source.source();
    }

    /** Only web links become links: a {@code javascript:} or {@code data:} URL from a feed is shown as text. */
    static String safeLink(String link) {
        if (link == null) {
            return null;
        }
        String lower = link.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : null;
    }

    private String footerText(String to) {
        return "\n--\nSent to " + to + " by Newswire. Unsubscribe: " + unsubscribe.target(to) + "\n";
    }

    private String footerHtml(String to) {
        return "Sent to " + escape(to) + " by Newswire. <a href=\"" + escape(unsubscribe.target(to))
                + "\" style=\"color:#6b7280;\">Unsubscribe</a>";
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
