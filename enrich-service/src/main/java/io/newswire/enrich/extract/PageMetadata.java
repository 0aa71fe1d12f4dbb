package io.newswire.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself in its head and markup: title, author, publication time and language.
 * Only stated values are taken; nothing is guessed from the body text.
 */
record PageMetadata(String title, String byline, String publishedTime, String language) {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern JSON_LD_AUTHOR =
            Pattern.compile("\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,200})\"");

    static PageMetadata read(Document doc) {
        String jsonLd = jsonLd(doc);
        return new PageMetadata(title(doc), byline(doc, jsonLd), publishedTime(doc, jsonLd), language(doc));
    }

    private static String title(Document doc) {
        String title = firstNonEmpty(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"));
        if (title.isEmpty()) {
            title = doc.title().strip();
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        return title;
    }

    private static String byline(Document doc, String jsonLd) {
        String author = meta(doc, "meta[name=author]");
        if (author.isEmpty() || author.startsWith("http")) {
            Element named = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
            author = named == null ? "" : named.text();
        }
        if (author.isEmpty()) {
            author = group(JSON_LD_AUTHOR, jsonLd);
        }
        return author.strip();
    }

    private static String publishedTime(Document doc, String jsonLd) {
        String time = firstNonEmpty(
                meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"),
                meta(doc, "meta[name=pubdate], meta[name=publish-date], meta[name=parsely-pub-date],"
                        + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=date]"),
                group(JSON_LD_DATE, jsonLd));
        if (time.isEmpty()) {
            Element el = doc.selectFirst("time[datetime]");
            time = el == null ? "" : el.attr("datetime");
        }
        return time.strip();
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isEmpty()) {
            lang = firstNonEmpty(meta(doc, "meta[http-equiv=content-language]"), meta(doc, "meta[property=og:locale]"));
        }
        return lang.strip().replace('_', '-');
    }

    private static String jsonLd(Document doc) {
        StringBuilder all = new StringBuilder();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            all.append(script.data()).append('\n');
        }
        return all.toString();
    }

    private static String meta(Document doc, String query) {
        Element el = doc.selectFirst(query);
        return el == null ? "" : el.attr("content").strip();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
