package io.newswire.enrich.extract;

/** Character counts that ignore whitespace, so layout indentation never weighs as text. */
final class TextMeasure {

    private TextMeasure() {
    }

    static int visibleChars(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00a0' && !Character.isWhitespace(c)) {
                n++;
            }
        }
        return n;
    }
}
