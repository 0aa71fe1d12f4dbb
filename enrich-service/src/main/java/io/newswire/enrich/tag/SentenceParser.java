package io.newswire.enrich.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tokens, part-of-speech tags and lemmas for a candidate sentence, from Apache OpenNLP's English models
 * (Universal Dependencies EWT, Apache-2.0, from Maven Central). Only sentences that passed the taggers' cheap
 * stem check come here: the statistical tagger costs far more per byte than the stem check. The models are
 * loaded once; the taggers are not thread-safe, so each thread has its own. Lemmas are looked up per word and
 * tag and cached, because news vocabulary repeats and the statistical lemmatizer is the slowest step.
 */
final class SentenceParser {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final int CACHE_LIMIT = 200_000;

    private static final class Models {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));
    private static final ThreadLocal<LemmatizerME> LEMMATIZER =
            ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));
    private static final Map<String, String> LEMMA_CACHE = new ConcurrentHashMap<>();

    private SentenceParser() {
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = SentenceParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    static Parse parse(String sentence) {
        List<int[]> spans = tokenize(sentence);
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            words[i] = sentence.substring(starts[i], ends[i]);
        }
        String[] tags = n == 0 ? new String[0] : TAGGER.get().tag(words);
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            lemmas[i] = lemma(words[i], tags[i]);
        }
        return new Parse(sentence, starts, ends, words, tags, lemmas);
    }

    private static String lemma(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!(tag.equals("VERB") || tag.equals("NOUN") || tag.equals("AUX") || tag.equals("ADJ"))) {
            return lower.replace("-", "");
        }
        String key = lower + '/' + tag;
        String cached = LEMMA_CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = LEMMATIZER.get().lemmatize(new String[] {lower}, new String[] {tag})[0];
        if (lemma == null || lemma.isEmpty() || lemma.equals("O")) {
            lemma = lower;
        }
        lemma = lemma.toLowerCase(Locale.ROOT).replace("-", "");
        if (LEMMA_CACHE.size() < CACHE_LIMIT) {
            LEMMA_CACHE.put(key, lemma);
        }
        return lemma;
    }

    /**
     * Words (letters and digits, with inner hyphens, apostrophes of names, and the dots and commas of
     * abbreviations and figures: "cease-fire", "U.S.", "40,005"), a possessive "'s" and each punctuation mark.
     */
    static List<int[]> tokenize(String s) {
        List<int[]> out = new ArrayList<>(s.length() / 5 + 1);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j + 1 < n && (Character.isLetterOrDigit(s.charAt(j)) || innerMark(s, j))) {
                    j++;
                }
                if (j < n && Character.isLetterOrDigit(s.charAt(j))) {
                    j++;
                }
                if (j < n && s.charAt(j) == '.' && ABBREVIATION.matcher(s.substring(i, j)).matches()) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))) {
                out.add(new int[] {i, i + 2});
                i += 2;
            } else {
                out.add(new int[] {i, i + 1});
                i++;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+");

    /** A hyphen between letters, or a dot or comma between digits or capitals, keeps a word whole. */
    private static boolean innerMark(String s, int j) {
        char d = s.charAt(j);
        char prev = s.charAt(j - 1);
        char next = s.charAt(j + 1);
        if (d == '-') {
            return Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
        }
        if (d == ',' || d == '.') {
            return Character.isDigit(prev) && Character.isDigit(next)
                    || d == '.' && Character.isUpperCase(prev) && Character.isUpperCase(next)
                    && (j < 2 || !Character.isLetter(s.charAt(j - 2)));
        }
        return false;
    }
}
