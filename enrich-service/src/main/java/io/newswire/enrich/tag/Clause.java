package io.newswire.enrich.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence ready for the taggers: its tokens, its gazetteer mentions, where its dateline ends
 * ("KHARTOUM/NAIROBI (Reuters) -" is where a story was filed, never an actor or a venue) and its parse, made on
 * demand.
 */
record Clause(Sentence sentence, String lower, List<Token> tokens, List<Mention> mentions, int datelineEnd,
              LazyParse structure) {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z'.]+(?:[/ -][A-Z][A-Z'.]+)*|[A-Z][a-z]+(?=,))"
                    + "(?:,[^-:()\\n]{1,25})?\\s*(?:[A-Z][a-z]+\\.? \\d{1,2}\\s*)?"
                    + "(?<paren>\\([^)\\n]{1,40}\\)\\s*)?(?<dash>-{1,2}|\u2014|:)?");

    static Clause of(Sentence sentence, boolean lineStart, AliasIndex aliases) {
        String s = sentence.text();
        List<Token> tokens = Token.of(s);
        return new Clause(sentence, s.toLowerCase(java.util.Locale.ROOT), tokens, aliases.find(s, tokens),
                lineStart ? dateline(s) : 0, new LazyParse(s, sentence.headline()));
    }

    static int dateline(String s) {
        Matcher m = DATELINE.matcher(s);
        if (m.lookingAt() && (m.group("paren") != null || m.group("dash") != null) && m.end() < s.length()) {
            return m.end();
        }
        return 0;
    }

    String text() {
        return sentence.text();
    }

    /** Tokens, tags and lemmas: parsed on first use, so only sentences a tagger reads closely pay for it. */
    Parse parse() {
        return structure.get();
    }

    /** Whether the lower-cased sentence contains any of the stems: a cheap gate before running regexes. */
    boolean mentionsAny(String[] stems) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased token {@code offset} places from token {@code index}, or "" outside the sentence. */
    String word(int index, int offset) {
        int k = index + offset;
        return k >= 0 && k < tokens.size() ? tokens.get(k).lower() : "";
    }

    /** The clean text between two tokens, e.g. to see whether a comma or a hyphen separates them. */
    String gap(int leftToken, int rightToken) {
        if (leftToken < 0 || rightToken >= tokens.size()) {
            return "";
        }
        return sentence.text().substring(tokens.get(leftToken).end(), tokens.get(rightToken).start());
    }

    /** The mention whose first token is {@code token}, or null. */
    Mention mentionAt(int token) {
        for (Mention m : mentions) {
            if (m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The mention whose last token is {@code token}, or null. */
    Mention mentionEndingAt(int token) {
        for (Mention m : mentions) {
            if (m.lastToken() == token) {
                return m;
            }
        }
        return null;
    }
}
