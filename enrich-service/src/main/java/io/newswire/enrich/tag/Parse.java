package io.newswire.enrich.tag;

import java.util.Locale;

/**
 * One sentence read by {@link SentenceParser}: tokens with sentence offsets [start, end), universal
 * part-of-speech tags (UD: NOUN, PROPN, VERB, AUX, NUM, ADP, ...) and lower-case lemmas, hyphens removed
 * ("cease-fire" and "ceasefire" share the lemma "ceasefire").
 */
record Parse(String text, int[] starts, int[] ends, String[] words, String[] tags, String[] lemmas) {

    int size() {
        return words.length;
    }

    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    String lemma(int i) {
        return i >= 0 && i < lemmas.length ? lemmas[i] : "";
    }

    /**
     * Whether token i's lemma or lower-cased word is one of {@code lemmas}. The statistical lemmatizer
     * sometimes cuts a regular inflection at the wrong letter ("resumed" gives "resum", "stalled" gives
     * "stalle"), so the stems of regular English inflection count too.
     */
    boolean lemmaIn(int i, java.util.Set<String> lemmas) {
        String l = lemma(i);
        if (lemmas.contains(l) || lemmas.contains(lower(i)) || !l.isEmpty() && lemmas.contains(l + "e")) {
            return true;
        }
        for (String stem : RegularInflection.stems(lower(i))) {
            if (lemmas.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    boolean isTag(int i, String... any) {
        String t = tag(i);
        for (String a : any) {
            if (a.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** The token starting at or containing sentence offset {@code at}, or -1. */
    int tokenAt(int at) {
        for (int i = 0; i < words.length; i++) {
            if (ends[i] > at) {
                return starts[i] <= at ? i : -1;
            }
        }
        return -1;
    }

    /** A clause boundary: sentence punctuation, a semicolon or colon. */
    boolean isBoundary(int i) {
        String w = word(i);
        return w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!");
    }
}
