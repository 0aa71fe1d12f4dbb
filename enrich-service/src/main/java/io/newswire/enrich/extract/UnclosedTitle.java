package io.newswire.enrich.extract;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A {@code <title>} whose end tag is missing or misspelt ({@code </titlevalue="true">}, or a page cut inside it)
 * swallows the rest of the page as its text, since a title holds raw text up to {@code </title>}. Such a title is
 * recognised by end tags in its text (a title's own text may hold an escaped {@code <}, never {@code </}), and the
 * title is closed where its text meets the first tag.
 */
final class UnclosedTitle {

    private UnclosedTitle() {
    }

    /** The page with its title closed where its text meets the first tag, or null when the title is sound. */
    static String repair(String html, Document doc) {
        Element title = doc.head().selectFirst("title");
        if (title == null) {
            return null;
        }
        if (!title.text().contains("</")) {
            return null;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<title");
        int textStart = open < 0 ? -1 : html.indexOf('>', open) + 1;
        int firstTag = textStart <= 0 ? -1 : html.indexOf('<', textStart);
        if (firstTag < 0) {
            return null;
        }
        return html.substring(0, firstTag) + "</title>" + html.substring(firstTag);
    }
}
