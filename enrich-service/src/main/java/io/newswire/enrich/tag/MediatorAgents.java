package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mediators read from sentence structure (guide §1): the agents of a mediating verb in either voice ("brokered
 * by Moscow and Washington", "a ceasefire that Turkey and Russia brokered", "Russia, Iran and Turkey have
 * hosted negotiations", "a US-Russian brokered ceasefire"), the subject that controls it ("the envoy has been
 * working on a plan to broker local freezes"), those who lead a meeting of the process ("a meeting headed by
 * the US and Russia") and the holders of a mediator role ("Egypt's role as mediator", "mediator Qatar").
 */
final class MediatorAgents {

    private static final int SUBJECT_REACH = 8;

    private final Lexicon.Mediation lexicon;
    private final Set<String> process;

    private final String[] stems;

    MediatorAgents(Lexicon lexicon) {
        this.lexicon = lexicon.mediation();
        this.process = lexicon.process();
        java.util.Set<String> s = new java.util.TreeSet<>();
        for (Set<String> words : List.of(this.lexicon.verbs(), this.lexicon.leading(), this.lexicon.roles())) {
            words.forEach(w -> s.add(w.substring(0, Math.min(4, w.length()))));
        }
        this.stems = s.toArray(String[]::new);
    }

    /** The mentions of one sentence that mediate. */
    List<Mention> find(Clause c) {
        List<Mention> out = new ArrayList<>();
        if (c.mentions().isEmpty() || !c.mentionsAny(stems)) {
            return out; // the cheap check: no mediating word's stem, no parse
        }
        Parse p = c.parse();
        for (int i = 0; i < p.size(); i++) {
            boolean mediating = p.lemmaIn(i, lexicon.verbs()) && p.isTag(i, "VERB", "ADJ");
            boolean leading = p.lemmaIn(i, lexicon.leading()) && p.isTag(i, "VERB", "ADJ") && leadsProcess(p, i);
            if (mediating || leading) {
                if (p.lower(i + 1).equals("by")) {
                    out.addAll(list(c, p, i + 2, +1));
                } else if (mediating && !refused(p, i)) {
                    out.addAll(subject(c, p, i));
                }
            }
            if (p.lemmaIn(i, lexicon.roles()) && p.isTag(i, "NOUN")) {
                out.addAll(list(c, p, i + 1, +1)); // "mediator Qatar"
                if (p.lower(i - 1).equals("as") && p.lemma(i - 2).equals("role") && p.word(i - 3).startsWith("'")) {
                    out.addAll(list(c, p, i - 4, -1)); // "Egypt's role as mediator"
                }
            }
        }
        return out;
    }

    /** "would not accept to have Russia mediate": a refused mediation has no mediator (guide §1). */
    private boolean refused(Parse p, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - SUBJECT_REACH; k--) {
            if (p.isBoundary(k)) {
                return false;
            }
            if (p.lemmaIn(k, lexicon.refusals())) {
                return true;
            }
        }
        return false;
    }

    /** "a meeting headed by", "Egyptian-led talks": the led thing is a process noun. */
    private boolean leadsProcess(Parse p, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 2; k--) {
            if (process.contains(p.lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent before a mediating verb: names joined to it ("US-Russian brokered"), or the subject before its
     * auxiliaries, across a controlling verb when the mediating verb is an infinitive ("working on a plan to
     * broker").
     */
    private List<Mention> subject(Clause c, Parse p, int verb) {
        int k = verb - 1;
        boolean infinitive = false;
        int reach = 0;
        while (k >= 0 && reach < SUBJECT_REACH && mentionEndingAt(c, p, k) == null) {
            if (p.lower(k).equals("to") && p.isTag(k, "PART")) {
                infinitive = true;
            } else if (!p.isTag(k, "AUX", "ADV", "PART") && !(infinitive && p.isTag(k, "VERB", "ADP", "DET", "NOUN",
                    "ADJ"))) {
                return List.of();
            }
            k--;
            reach++;
        }
        return k < 0 ? List.of() : list(c, p, k, -1);
    }

    /**
     * The names of a list that starts (direction +1) or ends (-1) at token {@code at}: names joined by commas,
     * "and", hyphens and short descriptors between them ("Russia, fellow regime ally Iran and rebel-backer
     * Turkey").
     */
    private static List<Mention> list(Clause c, Parse p, int at, int direction) {
        List<Mention> out = new ArrayList<>();
        int k = at;
        int descriptors = 0;
        while (k >= 0 && k < p.size()) {
            Mention m = direction > 0 ? mentionStartingAt(c, p, k) : mentionEndingAt(c, p, k);
            if (m != null) {
                out.add(m);
                for (Mention other : c.mentions()) {
                    if (other != m && tokenOf(p, other.start()) == k && tokenOf(p, other.end() - 1) == k) {
                        out.add(other); // "Qatar-Egyptian": two names in one hyphenated word
                    }
                }
                k = direction > 0 ? tokenOf(p, m.end() - 1) + 1 : tokenOf(p, m.start()) - 1;
                descriptors = 0;
                continue;
            }
            String w = p.lower(k);
            boolean joiner = w.equals("and") || w.equals(",") || w.equals("-") || w.equals("the");
            boolean descriptor = direction < 0 && !out.isEmpty() && uninflected(p, k) && ++descriptors <= 3;
            if (!joiner && !descriptor) {
                break;
            }
            k += direction;
        }
        return out;
    }

    /**
     * A descriptor between names ("fellow regime ally", "rebel-backer"): a lower-case content word in its
     * base form. Noisy text makes the tagger read such words as verbs, so the form decides, not the tag: an
     * inflected verb ("said", "hosted") ends the list.
     */
    private static boolean uninflected(Parse p, int k) {
        return p.isTag(k, "NOUN", "ADJ", "ADV", "VERB") && Character.isLowerCase(p.word(k).charAt(0))
                && p.lemma(k).equals(p.lower(k).replace("-", ""));
    }

    private static int tokenOf(Parse p, int offset) {
        int t = p.tokenAt(offset);
        return t < 0 ? -1 : t;
    }

    private static Mention mentionEndingAt(Clause c, Parse p, int token) {
        for (Mention m : c.mentions()) {
            if (tokenOf(p, m.end() - 1) == token) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionStartingAt(Clause c, Parse p, int token) {
        for (Mention m : c.mentions()) {
            if (tokenOf(p, m.start()) == token) {
                return m;
            }
        }
        return null;
    }
}
