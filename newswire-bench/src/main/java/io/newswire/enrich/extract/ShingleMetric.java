package io.newswire.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric: text split into {@code \w+} tokens (Python's Unicode {@code \w}),
 * compared as multisets of 4-token shingles; precision and recall per document, macro-averaged (a document with
 * an empty prediction is left out of the precision mean and scores recall 0), F1 from the two means.
 */
public final class ShingleMetric {

    private static final int SHINGLE = 4;

    /**
     * One document's scores; {@code predicted} is false for an empty prediction (left out of the precision mean),
     * {@code expected} false when neither text has a shingle in common or in the truth (left out of recall).
     */
    public record DocScore(double precision, double recall, boolean predicted, boolean expected) {
    }

    /** Macro means over documents and the F1 of the two means. */
    public record Summary(double precision, double recall, double f1) {
    }

    private ShingleMetric() {
    }

    public static DocScore score(String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        long tp = 0;
        long fp = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        long truthTotal = t.values().stream().mapToLong(Integer::longValue).sum();
        long fn = truthTotal - tp;
        boolean predicted = tp + fp > 0;
        boolean expected = tp + fn > 0;
        if (fp == 0 && fn == 0) {
            return new DocScore(1.0, 1.0, predicted, expected);
        }
        double precision = predicted ? (double) tp / (tp + fp) : 0.0;
        double recall = expected ? (double) tp / (tp + fn) : 0.0;
        return new DocScore(precision, recall, predicted, expected);
    }

    public static Summary summarise(List<DocScore> docs) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (DocScore d : docs) {
            if (d.predicted()) {
                pSum += d.precision();
                pN++;
            }
            if (d.expected()) {
                rSum += d.recall();
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        return new Summary(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            boolean word = isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code str.isalnum() or '_'}, which is what {@code \w} matches in a str pattern. */
    private static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            String shingle = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
