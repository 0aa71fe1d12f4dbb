package io.newswire.enrich.tag;

/**
 * A sentence's {@link Parse}, made the first time a tagger asks for it. Used by one thread at a time. A headline
 * in title case ("Fresh Fighting Shatters Ceasefire") is parsed lower-cased: capitals on every word make the
 * tagger read verbs as names.
 */
final class LazyParse {

    private final String sentence;
    private Parse parse;

    LazyParse(String sentence, boolean headline) {
        this.sentence = headline && titleCase(sentence) ? sentence.toLowerCase(java.util.Locale.ROOT) : sentence;
    }

    private static boolean titleCase(String s) {
        int words = 0;
        int capitalised = 0;
        for (String w : s.split("\\s+")) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 2 && capitalised * 4 >= words * 3;
    }

    Parse get() {
        if (parse == null) {
            parse = SentenceParser.parse(sentence);
        }
        return parse;
    }
}
