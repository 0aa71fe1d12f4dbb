package io.newswire.enrich.story;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word shingles, and their locality-sensitive bands: texts that share many shingles
 * share a band key with high probability, so near-duplicates are found without comparing every pair.
 */
public final class MinHash {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final long MERSENNE_PRIME = (1L << 61) - 1;

    private final int shingleSize;
    private final int bands;
    private final int rows;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHash(int shingleSize, int bands, int rows, long seed) {
        this.shingleSize = shingleSize;
        this.bands = bands;
        this.rows = rows;
        int hashes = bands * rows;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[hashes];
        offsets = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = 1 + random.nextLong(MERSENNE_PRIME - 1);
            offsets[i] = random.nextLong(MERSENNE_PRIME);
        }
    }

    /** The signature, or an empty array when the text has fewer words than one shingle. */
    public long[] signature(String text) {
        List<byte[]> words = words(text);
        if (words.size() < shingleSize) {
            return new long[0];
        }
        long[] signature = new long[multipliers.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (int start = 0; start + shingleSize <= words.size(); start++) {
            long hash = shingleHash(words, start) & MERSENNE_PRIME;
            for (int h = 0; h < signature.length; h++) {
                long permuted = mulMod(multipliers[h], hash) + offsets[h];
                if (permuted >= MERSENNE_PRIME) {
                    permuted -= MERSENNE_PRIME;
                }
                if (permuted < signature[h]) {
                    signature[h] = permuted;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(long[] a, long[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** One key per band; two signatures that agree on all rows of any band share that band's key. */
    public List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(bands);
        if (signature.length != bands * rows) {
            return keys;
        }
        for (int band = 0; band < bands; band++) {
            long hash = band;
            for (int row = 0; row < rows; row++) {
                hash = hash * 31 + signature[band * rows + row];
            }
            keys.add(band + ":" + Long.toHexString(hash));
        }
        return keys;
    }

    /** The words, lower-cased, as UTF-8: each is hashed into several shingles. */
    private static List<byte[]> words(String text) {
        List<byte[]> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group().getBytes(StandardCharsets.UTF_8));
        }
        return words;
    }

    /** FNV-1a (64 bit) of the shingle's words, each followed by a space, as UTF-8. */
    private long shingleHash(List<byte[]> words, int start) {
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < start + shingleSize; i++) {
            for (byte b : words.get(i)) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
            hash ^= ' ';
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** (a * b) mod 2^61-1 without overflow. */
    private static long mulMod(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long result = (low & MERSENNE_PRIME) + ((low >>> 61) | (high << 3));
        while (result >= MERSENNE_PRIME) {
            result -= MERSENNE_PRIME;
        }
        return result;
    }
}
