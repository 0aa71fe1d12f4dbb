package io.newswire.enrich.extract;

import java.util.Arrays;

/**
 * Finds where a page nests elements deeper than a limit, in one linear scan of the markup and before any
 * parsing: a page nested a hundred thousand levels deep takes the parser seconds, and no real page comes near
 * the limit. Tags whose end tag is optional (p, li, td...) and void tags (br, img...) do not count, script and
 * style bodies and comments are skipped, so ordinary pages stay in the tens.
 */
final class NestingScan {

    private static final String[][] NOT_NESTING = byLength(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot",
            "colgroup", "rb", "rt", "rp", "!doctype", "html", "head", "body");

    private static final String[][] RAW_TEXT = byLength("script", "style", "textarea", "title", "xmp", "plaintext");

    private NestingScan() {
    }

    /** The offset of the start tag that opens level {@code limit + 1}, or -1 when the page stays within it. */
    static int overflowAt(String html, int limit) {
        if (!mayNestDeeperThan(html, limit)) {
            return -1;
        }
        int depth = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = html.charAt(i + 1);
            if (next == '!' && html.startsWith("<!--", i)) {
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
            int close = html.indexOf('>', nameEnd);
            if (close < 0) {
                return -1;
            }
            int nameLength = nameEnd - nameStart;
            if (closing) {
                if (depth > 0 && !isOneOf(html, nameStart, nameLength, NOT_NESTING)) {
                    depth--;
                }
            } else if (isOneOf(html, nameStart, nameLength, RAW_TEXT)) {
                int end = indexOfEndTag(html, nameStart, nameLength, close + 1);
                i = end < 0 ? -1 : end;
                continue;
            } else if (html.charAt(close - 1) != '/' && !isOneOf(html, nameStart, nameLength, NOT_NESTING)
                    && ++depth > limit) {
                return i;
            }
            i = html.indexOf('<', close + 1);
        }
        return -1;
    }

    /**
     * A quick necessary condition: start tags minus end tags, counting every start tag (void ones too), must pass
     * the limit somewhere for the real depth to pass it. Ordinary pages never get there, so they skip the scan
     * that reads tag names.
     */
    private static boolean mayNestDeeperThan(String html, int limit) {
        int balance = 0;
        int n = html.length() - 1;
        for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next == '/') {
                balance--;
            } else if (next < 128 && Character.isLetter(next) && ++balance > limit) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength(String... names) {
        int longest = Arrays.stream(names).mapToInt(String::length).max().orElse(0);
        String[][] table = new String[longest + 1][];
        for (int len = 0; len <= longest; len++) {
            int length = len;
            table[len] = Arrays.stream(names).filter(name -> name.length() == length).toArray(String[]::new);
        }
        return table;
    }

    /** Whether the tag name at {@code start} is one of the names, compared without case and without copying. */
    private static boolean isOneOf(String html, int start, int length, String[][] namesByLength) {
        if (length >= namesByLength.length) {
            return false;
        }
        for (String name : namesByLength[length]) {
            if (html.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfEndTag(String html, int nameStart, int nameLength, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i + 2, html, nameStart, nameLength)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '!');
    }
}
