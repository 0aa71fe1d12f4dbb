package io.newswire.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself: title, author, publication time and language, from its head (meta tags,
 * JSON-LD) and, only when the head is silent, from the first author and date elements of the body (found by
 * {@link BodyLocator} on its way). Nothing is guessed from the text.
 */
record PageMetadata(String title, String description, String byline, String publishedTime, String language) {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern JSON_LD_AUTHOR =
            Pattern.compile("\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,200})\"");

    static PageMetadata read(Document doc, Element bodyAuthor, Element bodyDate) {
        Map<String, String> meta = new HashMap<>();
        StringBuilder jsonLd = new StringBuilder();
        for (Element el : doc.head().children()) {
            if (el.normalName().equals("meta")) {
                String key = el.hasAttr("property") ? el.attr("property")
                        : el.hasAttr("name") ? el.attr("name")
                        : el.hasAttr("itemprop") ? el.attr("itemprop") : el.attr("http-equiv");
                String content = el.attr("content").strip();
                if (!key.isEmpty() && !content.isEmpty()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            } else if (el.normalName().equals("script") && el.attr("type").equals("application/ld+json")) {
                jsonLd.append(el.data()).append('\n');
            }
        }
        return new PageMetadata(title(doc, meta), first(meta, "og:description", "description", "twitter:description"),
                byline(meta, jsonLd, bodyAuthor),
                publishedTime(meta, jsonLd, bodyDate), language(doc, meta));
    }

    private static String title(Document doc, Map<String, String> meta) {
        String title = first(meta, "og:title", "twitter:title");
        if (title.isEmpty()) {
            title = doc.title().strip();
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        return title;
    }

    private static String byline(Map<String, String> meta, CharSequence jsonLd, Element bodyAuthor) {
        String author = first(meta, "author", "article:author", "parsely-author", "sailthru.author");
        if (author.startsWith("http")) {
            author = "";
        }
        if (author.isEmpty()) {
            author = group(JSON_LD_AUTHOR, jsonLd);
        }
        if (author.isEmpty() && bodyAuthor != null) {
            author = bodyAuthor.text();
        }
        return author.strip();
    }

    private static String publishedTime(Map<String, String> meta, CharSequence jsonLd, Element bodyDate) {
        String time = first(meta, "article:published_time", "datepublished", "pubdate", "publish-date",
                "parsely-pub-date", "dc.date", "dc.date.issued", "date", "sailthru.date");
        if (time.isEmpty()) {
            time = group(JSON_LD_DATE, jsonLd);
        }
        if (time.isEmpty() && bodyDate != null) {
            time = bodyDate.hasAttr("datetime") ? bodyDate.attr("datetime")
                    : bodyDate.hasAttr("content") ? bodyDate.attr("content") : bodyDate.text();
        }
        return time.strip();
    }

    private static String language(Document doc, Map<String, String> meta) {
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isEmpty()) {
            lang = first(meta, "content-language", "og:locale");
        }
        return lang.strip().replace('_', '-');
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String v = meta.get(key);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static String group(Pattern pattern, CharSequence text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
