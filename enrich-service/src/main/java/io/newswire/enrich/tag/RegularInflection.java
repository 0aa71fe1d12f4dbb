package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The possible stems of a regularly inflected English word ("stalled" → stall, "stopped" → stop, "agreed" →
 * agree, "brokering" → broker, "talks" → talk, "parties" → party): a check beside the statistical lemmatizer,
 * whose output for a word it has rarely seen can be cut at the wrong letter.
 */
final class RegularInflection {

    private RegularInflection() {
    }

    static List<String> stems(String word) {
        List<String> out = new ArrayList<>(4);
        if (word.length() < 4) {
            return out;
        }
        if (word.endsWith("ied")) {
            out.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("ies")) {
            out.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("ed")) {
            suffixStems(word, 2, out);
        } else if (word.endsWith("ing")) {
            suffixStems(word, 3, out);
        } else if (word.endsWith("es")) {
            out.add(word.substring(0, word.length() - 2));
            out.add(word.substring(0, word.length() - 1));
        } else if (word.endsWith("s") && !word.endsWith("ss")) {
            out.add(word.substring(0, word.length() - 1));
        }
        return out;
    }

    /** "stalled" → stall; "agreed", "raging" → agree, rage; "stopped" → stop (a doubled final consonant). */
    private static void suffixStems(String word, int suffix, List<String> out) {
        String base = word.substring(0, word.length() - suffix);
        out.add(base);
        out.add(base + "e");
        int n = base.length();
        if (n >= 2 && base.charAt(n - 1) == base.charAt(n - 2) && "aeiou".indexOf(base.charAt(n - 1)) < 0) {
            out.add(base.substring(0, n - 1));
        }
    }
}
