package io.newswire.core.event;

/**
 * One stated casualty figure. {@code count} is the figure (the low end of a range); {@code countHigh} is the high
 * end of a range, or null for a single figure. kind: killed, injured, missing, displaced. qualifier: exact,
 * at_least, more_than, about, at_most. {@code attributedTo} is the canonical source, or null.
 */
public record Casualty(long count, Long countHigh, String kind, String qualifier, boolean vague,
                       String attributedTo, boolean cumulative, Evidence evidence) {

    public boolean isRange() {
        return countHigh != null;
    }
}
