package io.newswire.enrich.tag;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import java.util.List;

/** Test shorthand: tags a text with the bundled gazetteer and renders tags compactly. */
final class Tagging {

    static final ArticleTagger TAGGER = ArticleTagger.withBundledGazetteer();

    private Tagging() {
    }

    static Tags tag(String text) {
        return TAGGER.tag(text);
    }

    /** "count kind qualifier" per figure, e.g. "13 killed at_least"; a range prints as "20-30". */
    static List<String> figures(String text) {
        return tag(text).casualties().stream().map(Tagging::figure).toList();
    }

    static String figure(Casualty c) {
        return (c.isRange() ? c.count() + "-" + c.countHigh() : String.valueOf(c.count())) + " " + c.kind() + " "
                + c.qualifier();
    }

    static List<String> parties(String text) {
        return tag(text).parties().stream().map(Party::name).toList();
    }
}
