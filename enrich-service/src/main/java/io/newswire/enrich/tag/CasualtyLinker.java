package io.newswire.enrich.tag;

import java.util.Set;

/**
 * Ties a figure to its casualty word through sentence structure when no word window does: the figure belongs
 * to its noun phrase, and the phrase to its predicate, so asides ("Sixteen civilians - including three children -
 * were killed"), auxiliaries and adverbs ("were also killed"), reporting verbs ("were reported to be wounded")
 * and "among the dead" do not break the link. A figure that is the object of a displacing verb ("sent
 * thousands fleeing", "drove millions from their homes") counts the displaced.
 */
final class CasualtyLinker {

    /** A figure's casualty kind, where its predicate ends, and the aside inside the phrase, if any. */
    record Link(String kind, int kindEnd, int asideStart, int asideEnd) {
    }

    private static final Set<String> ASIDE_OPENERS = Set.of("-", "\u2013", "\u2014", "(", ",");
    private static final Set<String> ASIDE_STARTS = Set.of("including", "among", "mostly", "mainly", "most", "many");
    private static final int REACH = 12;

    private final Lexicon.Casualty lexicon;

    CasualtyLinker(Lexicon lexicon) {
        this.lexicon = lexicon.casualty();
    }

    Link link(Parse p, int figureStart, int figureEnd) {
        int first = p.tokenAt(figureStart);
        if (first < 0) {
            return null;
        }
        int k = first;
        while (k < p.size() && p.starts()[k] < figureEnd) {
            k++;
        }
        Link displaced = displaced(p, first, k);
        if (displaced != null) {
            return displaced;
        }
        while (k < p.size() && p.isTag(k, "ADJ", "NOUN", "PROPN") && !p.lemmaIn(k, lexicon.adjectives().keySet())) {
            k++;
        }
        int asideStart = -1;
        int asideEnd = -1;
        if (k < p.size() && ASIDE_OPENERS.contains(p.word(k)) && (ASIDE_STARTS.contains(p.lower(k + 1))
                || p.isTag(k + 1, "NUM") && p.lower(k + 2).equals("of"))) {
            String closer = p.word(k).equals("(") ? ")" : p.word(k);
            int end = k + 1;
            while (end < p.size() && end <= k + REACH && !p.word(end).equals(closer) && !p.isBoundary(end)) {
                end++;
            }
            if (end >= p.size() || !p.word(end).equals(closer)) {
                return null;
            }
            asideStart = p.ends()[k];
            asideEnd = p.starts()[end];
            k = end + 1;
        }
        boolean passive = false;
        for (int steps = 0; k < p.size() && steps < REACH; steps++, k++) {
            String lower = p.lower(k);
            if (lower.equals("not") || lower.equals("n't") || p.isBoundary(k)) {
                return null;
            }
            if (p.isTag(k, "AUX")) {
                passive |= p.lemma(k).equals("be") || p.lemma(k).equals("get");
                continue;
            }
            if (p.isTag(k, "ADV") || lower.equals("also")) {
                continue;
            }
            if (p.lemmaIn(k, lexicon.raising()) && p.lower(k + 1).equals("to")) {
                k++; // "were reported to be wounded": the reporting verb stands between subject and predicate
                continue;
            }
            if (lower.equals("among") && p.isTag(k + 1, "DET")) {
                k++;
                continue;
            }
            String kind = kindOf(p, k, passive);
            return kind == null ? null : new Link(kind, p.ends()[k], asideStart, asideEnd);
        }
        return null;
    }

    private String kindOf(Parse p, int k, boolean passive) {
        for (var e : lexicon.adjectives().entrySet()) {
            if (p.lemmaIn(k, Set.of(e.getKey()))) {
                return e.getValue();
            }
        }
        if (!p.isTag(k, "VERB")) {
            return null;
        }
        for (var e : lexicon.intransitive().entrySet()) {
            if (p.lemmaIn(k, Set.of(e.getKey()))) {
                return e.getValue();
            }
        }
        boolean object = p.isTag(k + 1, "DET", "NUM", "PROPN", "NOUN", "PRON");
        if (passive || !object) {
            for (var e : lexicon.passive().entrySet()) {
                if (p.lemmaIn(k, Set.of(e.getKey()))) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** "sent thousands of others fleeing", "driven millions from their homes", "forced 200 to flee". */
    private Link displaced(Parse p, int first, int after) {
        int v = first - 1;
        while (v >= 0 && p.isTag(v, "ADV", "DET", "ADP") && v >= first - 3) {
            v--;
        }
        if (v < 0 || !p.lemmaIn(v, lexicon.displacing())) {
            return null;
        }
        for (int k = after; k < p.size() && k <= after + 5 && !p.isBoundary(k); k++) {
            if (p.lemmaIn(k, Set.of("flee", "home", "fled", "fleeing"))) {
                return new Link("displaced", p.ends()[k], -1, -1);
            }
        }
        return null;
    }
}
