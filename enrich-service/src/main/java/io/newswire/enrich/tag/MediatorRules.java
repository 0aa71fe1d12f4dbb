package io.newswire.enrich.tag;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a mention names a mediator (guide §1): "Qatar-mediated", "mediated by Qatar, Egypt and the US",
 * "US, Qatari and Egyptian mediators", "a Qatari proposal" (unless the proposer is a fighting side),
 * "Egypt is mediating". Announcing, attending or a rejected offer do not count.
 */
final class MediatorRules {

    private static final Set<String> BY_VERBS = Set.of("mediated", "brokered", "facilitated", "sponsored", "hosted");
    private static final Set<String> MEDIATOR_NOUNS = Set.of(
            "mediators", "mediator", "mediation", "brokers", "broker", "facilitators", "facilitator");
    private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "plan", "initiative", "proposals");
    private static final Set<String> ACTING = Set.of("mediating", "brokering", "facilitating", "mediates");
    private static final Set<String> PUSHING = Set.of("working", "pushing", "pressing", "striving");
    private static final Pattern PUSHING_FOR_A_DEAL = Pattern.compile(
            "\\s+(?:to (?:ensure|secure|broker|reach|bring|finali[sz]e|close|clinch|seal|salvage|bridge)\\b"
                    + "|for (?:a |an |the )?(?:[\\w-]+ )?(?:deal|truce|cease-?fire|agreement|settlement|accord)\\b)",
            Pattern.CASE_INSENSITIVE);

    private MediatorRules() {
    }

    static boolean mediates(Clause c, Mention m, boolean fightingSide) {
        int last = m.lastToken();
        String after = c.gap(last, last + 1);
        String next = c.word(last, 1);
        if (after.equals("-") && (BY_VERBS.contains(next) || (next.equals("led") || next.equals("hosted"))
                && Set.of("talks", "negotiations", "mediation", "process", "peace").contains(c.word(last, 2)))) {
            return true;
        }
        if (listedAfterBy(c, m)) {
            return true;
        }
        int head = headNoun(c, m);
        if (head >= 0) {
            String w = c.word(head, 0);
            if (MEDIATOR_NOUNS.contains(w)) {
                return true;
            }
            if (PROPOSAL_NOUNS.contains(w) && !fightingSide) {
                return true;
            }
        }
        for (int k = last + 1; k <= last + 3 && k < c.tokens().size(); k++) {
            String w = c.word(k, 0);
            if (ACTING.contains(w) && !c.gap(last, k).contains(",")) {
                return true;
            }
            if (PUSHING.contains(w) && !fightingSide && !c.gap(last, k).contains(",")
                    && PUSHING_FOR_A_DEAL.matcher(c.text().substring(c.tokens().get(k).end())).lookingAt()) {
                return true; // "Qatar was working to ensure ...", "Egypt is pushing for a deal"
            }
            if (!Set.of("is", "are", "was", "were", "has", "have", "been", "also").contains(w)) {
                break;
            }
        }
        String before = c.word(m.firstToken(), -1).equals("the") ? c.word(m.firstToken(), -2)
                : c.word(m.firstToken(), -1);
        String before2 = c.word(m.firstToken(), c.word(m.firstToken(), -1).equals("the") ? -3 : -2);
        return (before.equals("by") || before.equals("of") || before.equals("from"))
                && MEDIATOR_NOUNS.contains(before2);
    }

    /** "mediated by Qatar, Egypt and the US": walks back over the list to the verb. */
    private static boolean listedAfterBy(Clause c, Mention m) {
        int k = m.firstToken() - 1;
        while (k >= 1) {
            String w = c.word(k, 0);
            if (w.equals("by")) {
                return BY_VERBS.contains(c.word(k, -1));
            }
            Mention other = c.mentionEndingAt(k);
            if (other != null) {
                k = other.firstToken() - 1;
            } else if (w.equals("and") || w.equals("the")) {
                k--;
            } else {
                return false;
            }
        }
        return false;
    }

    /** The noun a mention qualifies, skipping a list of further names ("US, Qatari and Egyptian mediators"). */
    private static int headNoun(Clause c, Mention m) {
        int k = m.lastToken() + 1;
        while (k < c.tokens().size()) {
            String gap = c.gap(k - 1, k);
            if (gap.contains(".") || gap.contains(";") || gap.contains(":")) {
                return -1;
            }
            Mention other = c.mentionAt(k);
            if (other != null) {
                k = other.lastToken() + 1;
            } else if (c.word(k, 0).equals("and")) {
                k++;
            } else {
                return gap.contains(",") && !gap.trim().equals("'") ? -1 : k;
            }
        }
        return -1;
    }
}
