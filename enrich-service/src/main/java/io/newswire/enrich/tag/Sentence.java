package io.newswire.enrich.tag;

/**
 * One sentence of a {@link CleanText}: clean offsets [start, end) and its text. {@code headline} marks a title line
 * (the first line of a multi-line passage), whose figures yield to the body's.
 */
record Sentence(int start, int end, String text, boolean headline) {
}
