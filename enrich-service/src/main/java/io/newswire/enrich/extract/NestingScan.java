package io.newswire.enrich.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where a page nests elements deeper than a limit, in one linear scan of the markup and before any
 * parsing: a page nested a hundred thousand levels deep takes the parser seconds, and no real page comes near
 * the limit. Tags whose end tag is optional (p, li, td...) and void tags (br, img...) do not count, script and
 * style bodies and comments are skipped, so ordinary pages stay in the tens.
 */
final class NestingScan {

    private static final Set<String> NOT_NESTING = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot",
            "colgroup", "rb", "rt", "rp", "!doctype", "html", "head", "body");

    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext");

    private NestingScan() {
    }

    /** The offset of the start tag that opens level {@code limit + 1}, or -1 when the page stays within it. */
    static int overflowAt(String html, int limit) {
        int depth = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            boolean closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(nameStart, Math.min(nameEnd, nameStart + 12)).toLowerCase(Locale.ROOT);
            int close = html.indexOf('>', nameEnd);
            if (close < 0) {
                return -1;
            }
            boolean selfClosing = html.charAt(close - 1) == '/';
            if (closing) {
                if (!NOT_NESTING.contains(name) && depth > 0) {
                    depth--;
                }
            } else if (RAW_TEXT.contains(name)) {
                int end = indexOfIgnoreCase(html, "</" + name, close + 1);
                i = end < 0 ? -1 : end;
                continue;
            } else if (!selfClosing && !NOT_NESTING.contains(name) && ++depth > limit) {
                return i;
            }
            i = html.indexOf('<', close + 1);
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '!');
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
