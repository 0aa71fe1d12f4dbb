package io.newswire.enrich.extract;

import java.util.Locale;

/**
 * Decides whether raw input is worth parsing, before any parsing: empty, binary and oversized input is caught
 * here so the parser never sees megabytes of garbage.
 */
final class InputScreen {

    /**
     * Larger than real article pages (the largest of the 181 benchmark pages is 1.5 MB, the median 115 KB), small
     * enough to parse in a fraction of a second.
     */
    static final int MAX_CHARS = 2_000_000;
    private static final int SNIFF_CHARS = 8_192;
    private static final int TAIL_CHARS = 4_096;
    /** Deeper than any real page; the parser slows down badly on pages nested tens of thousands deep. */
    static final int MAX_NESTING = 1_000;

    /** The input to parse, or the reason not to; {@code truncation} is non-empty when the page is cut. */
    record Verdict(String html, Extraction.Status rejection, String reason, String truncation) {
        boolean accepted() {
            return rejection == null;
        }
    }

    private InputScreen() {
    }

    static Verdict screen(String input) {
        if (input == null || input.isBlank()) {
            return new Verdict(null, Extraction.Status.EMPTY_INPUT, "input is empty", "");
        }
        if (looksBinary(input)) {
            return new Verdict(null, Extraction.Status.NOT_HTML,
                    "input looks binary (NUL or control characters), not HTML", "");
        }
        if (input.indexOf('<') < 0) {
            return new Verdict(null, Extraction.Status.NOT_HTML, "input has no markup", "");
        }
        String html = input;
        String truncation = "";
        if (html.length() > MAX_CHARS) {
            html = html.substring(0, MAX_CHARS);
            truncation = "input of " + input.length() + " chars cut to the first " + MAX_CHARS;
        }
        int overflow = NestingScan.overflowAt(html, MAX_NESTING);
        if (overflow >= 0) {
            return new Verdict(html.substring(0, overflow), null, "",
                    "elements nested deeper than " + MAX_NESTING + " levels; cut at char " + overflow);
        }
        if (!truncation.isEmpty()) {
            return new Verdict(html, null, "", truncation);
        }
        if (!hasClosingTags(input)) {
            return new Verdict(input, null, "", "document ends before its closing </body> or </html>");
        }
        return new Verdict(input, null, "", "");
    }

    private static boolean looksBinary(String input) {
        int n = Math.min(input.length(), SNIFF_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control * 10 > n;
    }

    private static boolean hasClosingTags(String input) {
        String tail = input.substring(Math.max(0, input.length() - TAIL_CHARS)).toLowerCase(Locale.ROOT);
        return tail.contains("</html") || tail.contains("</body");
    }
}
