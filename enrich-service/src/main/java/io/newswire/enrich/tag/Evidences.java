package io.newswire.enrich.tag;

import io.newswire.core.event.Evidence;

/** Turns sentence offsets of the clean text into {@link Evidence} on the verbatim original. */
record Evidences(CleanText clean, Gazetteer gazetteer) {

    Evidence of(Clause c, int start, int end) {
        Sentence s = c.sentence();
        return new Evidence(clean.originalSpan(s.start(), s.end()),
                clean.originalStart(s.start() + start), clean.originalEnd(s.start() + end));
    }
}
