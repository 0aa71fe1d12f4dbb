package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;

/** A run of letters or digits in a sentence, offsets [start, end) in the sentence. */
record Token(int start, int end, String text) {

    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 1);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(i, j, s.substring(i, j)));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
