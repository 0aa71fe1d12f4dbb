package io.newswire.enrich.tag;

/**
 * A passage with its source noise undone ({@code #39;}, {@code quot;}, backslashes, curly quotes, URLs, runs of
 * spaces), plus the map back to the original offsets, so every tag can quote the verbatim source.
 * {@code starts[i]} and {@code ends[i]} are the original offsets (inclusive, exclusive) that clean character i
 * stands for.
 */
record CleanText(String original, String text, int[] starts, int[] ends) {

    int originalStart(int cleanStart) {
        return cleanStart >= starts.length ? original.length() : starts[cleanStart];
    }

    int originalEnd(int cleanEnd) {
        return cleanEnd <= 0 ? 0 : ends[Math.min(cleanEnd, ends.length) - 1];
    }

    String originalSpan(int cleanStart, int cleanEnd) {
        return original.substring(originalStart(cleanStart), originalEnd(cleanEnd));
    }
}
