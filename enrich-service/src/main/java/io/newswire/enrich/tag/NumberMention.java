package io.newswire.enrich.tag;

/**
 * A figure found in a sentence: offsets [start, end) in the sentence, its value (the low end of a range),
 * {@code high} for a range, and {@code vague} for a quantity noun read by the ACLED floor ("dozens" = 12).
 */
record NumberMention(int start, int end, long value, Long high, boolean vague) {
}
