package io.newswire.enrich.tag;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the artefacts that news sources leave in text (AG News entities without ampersands, escaped
 * backslashes, curly quotes, trailing URLs) while keeping a per-character map to the original offsets.
 */
final class TextCleaner {

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:io|com|org|net|ms|ly|co|gl|me)/\\S*");
    private static final String[][] ENTITIES = {
        {"&#39;", "'"}, {"#39;", "'"}, {"&quot;", "\""}, {"quot;", "\""}, {"&amp;", "&"}, {"amp;", "&"},
        {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}, {"#36;", "$"}, {"&#36;", "$"},
    };

    private TextCleaner() {
    }

    static CleanText clean(String original) {
        boolean[] url = urls(original);
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 1];
        int[] ends = new int[original.length() + 1];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            int consumed = 1;
            char emit = c;
            if (url[i]) {
                emit = ' ';
            } else if (c == '#' || c == '&' || c == 'q' || c == 'a') {
                String[] entity = entityAt(original, i);
                if (entity != null) {
                    emit = entity[1].charAt(0);
                    consumed = entity[0].length();
                    if (n > 0 && out.charAt(n - 1) == ' ' && closesWord(original, i + consumed, emit)) {
                        n--; // AG News writes "Israel #39;s" and "no quot; to" for "Israel's" and "no" to"
                        out.setLength(n);
                    }
                }
            } else if (c == '\u2019' || c == '\u2018' || c == '`') {
                emit = '\'';
            } else if (c == '\u201C' || c == '\u201D') {
                emit = '"';
            } else if (c == '\\' || c == '\t' || c == '\u00A0' || c == '\r') {
                emit = ' ';
            }
            boolean space = emit == ' ';
            if (!(space && n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\n'))) {
                if (emit == '\n' && n > 0 && out.charAt(n - 1) == ' ') {
                    n--;
                    out.setLength(n);
                }
                out.append(emit);
                starts[n] = i;
                ends[n++] = i + consumed;
            } else {
                ends[n - 1] = i + consumed;
            }
            i += consumed;
        }
        return new CleanText(original, out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** Marks URLs; only the whitespace-delimited words that hold a slash are matched against the URL pattern. */
    private static boolean[] urls(String s) {
        boolean[] url = new boolean[s.length()];
        int slash = s.indexOf('/');
        while (slash >= 0) {
            int start = slash;
            while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            int end = slash;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            Matcher m = URL.matcher(s).region(start, end);
            while (m.find()) {
                Arrays.fill(url, m.start(), m.end(), true);
            }
            slash = s.indexOf('/', end);
        }
        return url;
    }

    /** An apostrophe before "s " or a quote not followed by a word closes the word before it. */
    private static boolean closesWord(String s, int after, char emitted) {
        boolean letterNext = after < s.length() && Character.isLetterOrDigit(s.charAt(after));
        if (emitted == '\'') {
            return letterNext && (after + 1 >= s.length() || !Character.isLetter(s.charAt(after + 1)));
        }
        return emitted == '"' && !letterNext;
    }

    private static String[] entityAt(String s, int i) {
        char first = s.charAt(i);
        if ((first == 'a' || first == 'q') && (i + 4 >= s.length() || s.charAt(i + (first == 'a' ? 3 : 4)) != ';')) {
            return null;
        }
        for (String[] e : ENTITIES) {
            if (s.startsWith(e[0], i) && (e[0].charAt(0) == '&' || e[0].charAt(0) == '#' || !Character.isLetter(
                    i > 0 ? s.charAt(i - 1) : ' '))) {
                return e;
            }
        }
        return null;
    }
}
