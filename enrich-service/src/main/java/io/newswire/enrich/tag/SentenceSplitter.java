package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clean text into sentences at line breaks and at sentence-final punctuation followed by a capital, a
 * digit or a quote, except after abbreviations ("Gen.", "Oct.", "U.S.") and initials. Offsets are kept.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
            "pvt", "sen", "rep", "gov", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "no", "nos", "vs", "etc",
            "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "al", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
            "sat", "sun", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "sheikh");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int firstLineEnd = text.indexOf('\n');
        boolean multiLine = firstLineEnd > 0 && firstLineEnd < text.length() - 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, multiLine && start == 0);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && endsSentence(text, start, i)) {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '"' || text.charAt(end) == '\'' || text.charAt(end) == ')')) {
                    end++;
                }
                add(out, text, start, end, false);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n, multiLine && start == 0);
        return out;
    }

    private static boolean endsSentence(String text, int sentenceStart, int i) {
        int j = i + 1;
        int n = text.length();
        while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (text.charAt(j) != ' ') {
            return false;
        }
        while (j < n && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '#' || next == '\'')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<Sentence> out, String text, int start, int end, boolean headline) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end), headline));
        }
    }
}
