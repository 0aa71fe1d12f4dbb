package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a talks status (guide §1) from lemma cues (the lexicon's {@code status} section) and decides which
 * cue states the latest state of the process by time and phase, not by a fixed rank of statuses: a cue in a
 * background frame ("after the truce collapsed", "talks had collapsed", "broke off talks earlier") yields to
 * one that is not, and among equals the one stated last in the passage is the latest development. A passage
 * with no cue has no status.
 */
final class StatusCues {

    static final List<String> STATUSES = List.of(
            "scheduled", "ongoing", "proposed", "resumed", "stalled", "agreed", "declared", "in_effect", "collapsed",
            "rejected");
    /** Statuses a proposal frame turns into an offer ("ready to resume talks", "offered to extend the truce"). */
    private static final Set<String> OFFERABLE = Set.of("resumed", "in_effect", "agreed", "declared", "ongoing");
    /** Words allowed before a cue's noun ("the mediators' latest proposal") and after it (a phrase "between ..."). */
    private static final int GAP_BEFORE_NOUN = 4;
    private static final int GAP_AFTER_NOUN = 6;
    private static final int BACKGROUND_REACH = 15;

    /**
     * One cue: its status; per word, the lemmas it accepts and whether other words may come before it (only
     * before a process or military noun: "announced a nationwide ceasefire", never inside "set to"); its
     * specificity (literal words count more than word classes); and whether it only frames another event
     * ("ahead of the talks" dates the talks, it does not report a state).
     */
    private record Cue(String status, List<Set<String>> words, List<Integer> gapBefore, int specificity,
                       boolean frame) {
    }

    /** A cue found in a sentence: where it starts and ends, and whether it is background. */
    record Hit(String status, int sentence, int first, int last, boolean background) {
    }

    private final List<Cue> cues = new ArrayList<>();
    private final Lexicon lexicon;

    StatusCues(Lexicon lexicon) {
        this.lexicon = lexicon;
        Map<String, Set<String>> classes = Map.of("{process}", lexicon.process(), "{military}", lexicon.military(),
                "{deal}", lexicon.deal());
        lexicon.status().forEach((status, phrases) -> {
            for (String phrase : phrases) {
                List<Set<String>> words = new ArrayList<>();
                List<Integer> gaps = new ArrayList<>();
                int specificity = 0;
                boolean lastWasNoun = false;
                for (String w : phrase.trim().split("\\s+")) {
                    Set<String> alternatives = classes.get(w);
                    if (alternatives == null && w.startsWith("{")) {
                        throw new IllegalArgumentException("lexicon: unknown word class " + w + " in cue " + phrase);
                    }
                    specificity += alternatives == null ? 2 : 1;
                    boolean noun = alternatives != null || lexicon.process().contains(w) || lexicon.military().contains(w);
                    boolean afterNoun = !gaps.isEmpty() && lastWasNoun;
                    gaps.add(afterNoun ? GAP_AFTER_NOUN : noun ? GAP_BEFORE_NOUN : 0);
                    lastWasNoun = noun;
                    words.add(alternatives != null ? alternatives : w.equals("not") ? Set.of("not", "n't") : Set.of(w));
                }
                cues.add(new Cue(status, words, gaps, specificity, lexicon.background().frames().contains(phrase)));
            }
        });
    }

    /** Every cue in one sentence; at one start the longest cue wins ("agree to attend" over "agree"). */
    List<Hit> find(Parse p, int sentence) {
        List<Hit> out = new ArrayList<>();
        int covered = -1;
        for (int i = 0; i < p.size(); i++) {
            if (i <= covered) {
                continue; // "rejected the latest proposal" is one cue, not a rejection and a proposal
            }
            Cue best = null;
            int bestLast = -1;
            for (Cue cue : cues) {
                int last = match(p, i, cue);
                if (last >= 0 && (best == null || cue.specificity() > best.specificity())) {
                    best = cue;
                    bestLast = last;
                }
            }
            if (best != null) {
                String status = mood(p, i, best.status());
                covered = bestLast;
                if (status != null) {
                    out.add(new Hit(status, sentence, i, bestLast, best.frame() || background(p, i, bestLast)));
                }
            }
        }
        return out;
    }

    /** The latest stated status, or null when no cue states one. */
    static String latest(List<Hit> hits) {
        Hit chosen = null;
        for (Hit h : hits) {
            if (chosen == null || chosen.background() || !h.background()) {
                chosen = h;
            }
        }
        return chosen == null ? null : chosen.status();
    }

    private static boolean accepts(Parse p, int i, Set<String> lemmas) {
        return p.lemmaIn(i, lemmas);
    }

    private int match(Parse p, int start, Cue cue) {
        List<Set<String>> words = cue.words();
        if (!accepts(p, start, words.get(0))) {
            return -1;
        }
        int at = start;
        for (int w = 1; w < words.size(); w++) {
            int next = -1;
            int reach = at + 1 + cue.gapBefore().get(w);
            for (int k = at + 1; k <= reach && k < p.size(); k++) {
                if (accepts(p, k, words.get(w))) {
                    next = k;
                    break;
                }
                boolean onADay = p.lower(k).equals("on") && lexicon.background().adverbials().contains(p.lower(k + 1));
                if (onADay || lexicon.background().adverbials().contains(p.lower(k)) || p.isTag(k, "ADV")) {
                    reach++; // "agreed Wednesday to participate": a time adverbial sits anywhere
                    continue;
                }
                if (p.isBoundary(k) || p.word(k).equals(",") || p.isTag(k, "VERB")) {
                    break; // a cue's words belong to one phrase: another verb starts another one
                }
            }
            if (next < 0) {
                return -1;
            }
            while (words.get(w).size() > 2 && next + 1 < p.size() && accepts(p, next + 1, words.get(w))) {
                next++; // a compound of process nouns is one noun: "truce offer", "peace talks"
            }
            at = next;
        }
        return at;
    }

    /**
     * The status a cue states in its verb's mood. An aim or possibility ("efforts to reach a deal", "should
     * end the truce") states none, except that a truce set to take effect is agreed; the future ("will resume
     * talks", "would attend the talks") schedules what it names; a proposal frame ("ready to resume talks")
     * makes an offer.
     */
    private String mood(Parse p, int first, String status) {
        if (OFFERABLE.contains(status) && proposalFrame(p, first)) {
            return "proposed";
        }
        String modal = modalBefore(p, first);
        if (modal != null && lexicon.background().future().contains(modal)) {
            return status.equals("in_effect") ? "agreed"
                    : status.equals("resumed") || status.equals("ongoing") ? "scheduled" : status;
        }
        if (modal != null) {
            return status.equals("in_effect") ? "agreed" : null;
        }
        return status;
    }

    /**
     * "to" or a modal right before the cue's verb (adverbs and "be" may come between), or a noun of
     * possibility before the cue's noun ("the chance of resumption"), or null.
     */
    private String modalBefore(Parse p, int first) {
        if (p.isTag(first, "NOUN") && (p.lower(first - 1).equals("of") || p.lower(first - 1).equals("for"))
                && lexicon.background().possibility().contains(p.lemma(first - 2))) {
            return p.lemma(first - 2);
        }
        if (!p.isTag(first, "VERB", "AUX")) {
            return null;
        }
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            String w = p.lower(k);
            if (w.equals("to") && p.isTag(k, "PART") || lexicon.background().modals().contains(w)) {
                return w;
            }
            if (!p.isTag(k, "ADV", "AUX", "PART")) {
                return null;
            }
        }
        return null;
    }

    private boolean proposalFrame(Parse p, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            if (p.isBoundary(k) || p.word(k).equals(",")) {
                return false;
            }
            if (lexicon.proposalFrame().contains(p.lemma(k)) || lexicon.proposalFrame().contains(p.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue verb that opens a relative clause ("a truce that was mediated by Egypt", "the talks, which resumed
     * in May, ...") describes its noun's history; the main clause states the news.
     */
    private static boolean inRelativeClause(Parse p, int first) {
        if (!p.isTag(first, "VERB")) {
            return false;
        }
        int k = first - 1;
        while (k >= 0 && k >= first - 3 && p.isTag(k, "AUX", "ADV")) {
            k--;
        }
        String w = p.lower(k);
        return w.equals("that") || w.equals("which");
    }

    /**
     * Background: a subordinating time word earlier in the clause ("after", "since"), the past perfect
     * ("had collapsed"), or a time word after the cue ("earlier", "a week ago", "last month").
     */
    private boolean background(Parse p, int first, int last) {
        if (inRelativeClause(p, first)) {
            return true;
        }
        Set<String> before = lexicon.background().before();
        for (int k = first - 1; k >= 0 && k >= first - BACKGROUND_REACH; k--) {
            if (p.isBoundary(k) || p.word(k).equals(",")) {
                break;
            }
            if (before.contains(p.lower(k))) {
                return true;
            }
            if (k >= first - 2 && p.lower(k).equals("had") && p.isTag(k, "AUX")) {
                return true;
            }
        }
        Set<String> after = lexicon.background().after();
        for (int k = last + 1; k < p.size() && k <= last + 4; k++) {
            if (p.isBoundary(k)) {
                break;
            }
            if (after.contains(p.lower(k)) || p.lower(k).equals("last") && p.isTag(k + 1, "NOUN")) {
                return true;
            }
        }
        return false;
    }
}
