package io.newswire.enrich.tag;

import io.newswire.core.event.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the actors a passage mentions as actors (guide §3): states when they act, are fought or are targeted,
 * named groups, acting international bodies and named officials (with their state or group). It drops pure
 * locatives ("in Israel"), datelines, descriptors ("Hamas-run"), nationality adjectives that do not name an
 * actor ("Israeli hostages"), sources that only report ("State Department spokesman ... said", "UN estimates")
 * and persons quoted through a spokesman.
 */
final class PartyTagger {

    private static final Set<String> LOCATIVE = Set.of(
            "in", "inside", "into", "across", "throughout", "near", "within", "outside", "around", "from",
            "toward", "towards", "via", "sweeps", "swept", "sweep", "rocks", "rocked", "rock", "grips", "gripped",
            "engulfs", "engulfed", "visit", "visiting", "visited", "borders", "bordering", "bordered");
    private static final Set<String> REGION = Set.of(
            "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
            "southwest", "occupied", "neighbouring", "neighboring", "rural", "remote", "war", "torn");
    private static final String[] SPORTS_STEMS = {
        "football", "soccer", "tennis", "cricket", "rugby", "hockey", "baseball", "basketball", "golf", "olympic",
        "cup", "grand", "slam", "wimbledon", "nba", "nfl", "nhl", "mlb", "fifa", "uefa", "formula", "nascar",
        "tournament", "championship", "medal", "final", "striker", "midfielder", "goalkeeper", "qualif", "innings",
        "wicket", "league", "match", "coach"};
    private static final java.util.regex.Pattern SPORTS = java.util.regex.Pattern.compile(
            "\\b(?:football|soccer|tennis|cricket|rugby|hockey|baseball|basketball|golf|Olympics?|Olympic Games"
                    + "|World Cup|Davis Cup|Euro 20\\d\\d|Grand Slam|Grand Prix|Wimbledon|NBA|NFL|NHL|MLB|FIFA|UEFA"
                    + "|Formula One|NASCAR|tournament|championships?|medals?|semi-?finals?|quarter-?finals?|striker"
                    + "|midfielder|goalkeeper|qualifiers?|qualifying|innings|wickets?|Premier League|Champions League"
                    + "|test match|friendly match|head coach)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLACE_NOUNS = Set.of(
            "crossing", "border", "capital", "city", "coast", "region", "province", "territory", "soil", "airspace",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "port", "desert");
    private static final Set<String> POSTED = Set.of("ambassador", "ambassadors", "envoy", "envoys", "mission",
            "delegate", "delegates", "representative", "representatives");
    private static final Set<String> PLACE_OF = Set.of(
            "town", "village", "neighborhood", "neighbourhood", "district", "area", "part", "parts", "suburb",
            "outskirts", "heart", "centre", "center", "edge");
    private static final Set<String> MOTION = Set.of(
            "transferred", "taken", "moved", "returned", "return", "fled", "flee", "sent", "went", "go", "travelled",
            "traveled", "flown", "flew", "deported", "evacuated", "smuggled", "brought", "headed", "arrived",
            "trip", "journey", "cross", "crossed", "crossing", "crosses");
    private static final Set<String> DESCRIPTOR = Set.of(
            "run", "controlled", "held", "occupied", "backed", "allied", "affiliated", "linked", "aligned",
            "administered", "based", "born", "funded", "sponsored", "supported", "dominated", "friendly", "made",
            "style", "bound");
    static final Set<String> ACTOR_NOUNS = Set.of(
            "government", "govt", "regime", "military", "army", "forces", "force", "troops", "soldiers",
            "soldier", "police", "navy", "jets", "warplanes", "aircraft", "drones", "drone", "tanks", "tank",
            "artillery", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombardment",
            "bombing", "bombings", "shelling", "offensive", "attack", "attacks", "operation", "operations",
            "retaliation", "invasion", "incursion", "missile", "missiles", "officials", "official", "minister",
            "ministers", "president", "prime", "premier", "leader", "leaders", "leadership", "king", "emir",
            "authorities", "negotiators", "negotiator", "mediators", "mediator", "mediation", "delegation",
            "delegates", "envoy", "envoys", "diplomats", "diplomat", "ambassador", "proposal", "plan", "offer",
            "initiative", "cabinet", "parliament", "intelligence", "orders", "side", "counterpart", "counterparts",
            "junta", "commander", "commanders", "generals", "guards", "snipers", "sniper", "warships",
            "blockade", "occupation", "administration", "state", "paramilitary", "militia", "fire", "gunfire",
            "bombers", "patrol");
    private static final Set<String> SOURCE_NOUNS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "envoy", "officials",
            "official", "sources", "source", "media", "ministry", "services", "monitor", "estimates", "estimate",
            "figures", "figure", "data", "statistics", "tally", "report", "reports", "statement", "agency");
    private static final Set<String> FIGURE_NOUNS = Set.of(
            "estimates", "estimate", "figures", "figure", "data", "statistics", "tally");
    private static final Set<String> SAY = Set.of(
            "said", "says", "say", "saying", "told", "reported", "reports", "added", "stated", "confirmed",
            "declined", "quoted");
    private static final Set<String> SEAT_VERBS = Set.of(
            "said", "says", "say", "has", "have", "had", "announced", "announces", "accused", "accuses", "rejected",
            "rejects", "denied", "denies", "claimed", "claims", "will", "would", "agreed", "agrees",
            "refused", "refuses", "insists", "insisted", "wants", "wanted", "warned", "warns", "blamed", "blames",
            "responded", "accepted", "accepts", "signed", "sent", "ordered", "launched", "confirmed", "hopes",
            "threatened", "threatens", "called", "calls", "urged", "urges", "demanded", "demands", "sees",
            "believes", "offered", "offers", "proposed", "proposes", "insist", "denounced", "condemned",
            "condemns", "welcomed", "welcomes", "backed", "backs", "vowed", "vows", "struck", "retaliated");
    private static final Set<String> SEAT_OBJECT = Set.of(
            "accused", "accusing", "accuse", "blamed", "blaming", "urged", "urging", "warned", "pressed", "against",
            "pressured", "by");
    private static final Set<String> SPOKESMAN_FOR = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "representative");

    List<Party> tag(List<Clause> clauses, Evidences evidences) {
        Map<String, Party> parties = new LinkedHashMap<>();
        boolean sports = clauses.stream().anyMatch(c -> c.mentionsAny(SPORTS_STEMS) && SPORTS.matcher(c.text()).find())
                && clauses.stream().noneMatch(c -> TalksTagger.CONFLICT.matcher(c.text()).find() || c.mentions().stream()
                        .anyMatch(m -> m.entry().kind() == ActorKind.ARMED_GROUP));
        for (Clause c : clauses) {
            for (Mention m : c.mentions()) {
                if (!isActor(c, m) || sports && m.entry().kind() == ActorKind.STATE) {
                    continue; // in sports news a country is a team
                }
                GazetteerEntry e = m.entry();
                parties.computeIfAbsent(e.name(), n -> new Party(n, e.kind().wireName(), e.affiliation(),
                        evidences.of(c, m.start(), m.end())));
                if (e.affiliation() != null) {
                    GazetteerEntry a = evidences.gazetteer().entry(e.affiliation());
                    parties.computeIfAbsent(a.name(), n -> new Party(n, a.kind().wireName(), a.affiliation(),
                            evidences.of(c, m.start(), m.end())));
                }
            }
        }
        return new ArrayList<>(parties.values());
    }

    boolean isActor(Clause c, Mention m) {
        if (m.start() < c.datelineEnd()) {
            return false;
        }
        if (descriptor(c, m) || quotedThroughAide(c, m) || hashtag(c, m) || accordingTo(c, m)) {
            return false;
        }
        ActorKind kind = m.entry().kind();
        if (bodyAsVenue(c, m)) {
            return false;
        }
        if (kind == ActorKind.PERSON || kind == ActorKind.ARMED_GROUP || kind == ActorKind.ORGANISATION) {
            return true;
        }
        if (c.gap(m.lastToken(), m.lastToken() + 1).equals("-") && c.word(m.lastToken(), 1).equals("led")) {
            return true; // "Saudi-led coalition": the state leads
        }
        if (m.form() == Mention.Form.ADJECTIVE) {
            int head = actorHead(c, m);
            return head >= 0 && !reportsOnly(c, head);
        }
        if (locative(c, m) || partOfOtherName(c, m) || possessiveOfPlaceOrGroup(c, m)) {
            return false;
        }
        if (m.form() == Mention.Form.SEAT && !metonym(c, m)) {
            return false;
        }
        if (kind == ActorKind.AGENCY && SAY.contains(c.word(m.lastToken(), 1))) {
            return false; // "UNRWA says 100 staff were killed": an agency quoted for a figure is a source
        }
        for (int k = m.lastToken() + 1; k <= m.lastToken() + 3 && k < c.tokens().size(); k++) {
            if (c.gap(k - 1, k).contains(",")) {
                break;
            }
            if (FIGURE_NOUNS.contains(c.word(k, 0))) {
                return false;
            }
        }
        int next = nextNonName(c, m.lastToken() + 1);
        return !(next >= 0 && next <= m.lastToken() + 3 && SOURCE_NOUNS.contains(c.word(next, 0))
                && reportsOnly(c, next));
    }

    /** "Hamas-run", "Iranian-backed", "anti-Israel": the name describes something else. */
    private static boolean descriptor(Clause c, Mention m) {
        String after = c.gap(m.lastToken(), m.lastToken() + 1);
        if (after.equals("-") && DESCRIPTOR.contains(c.word(m.lastToken(), 1))) {
            return true;
        }
        String before = c.gap(m.firstToken() - 1, m.firstToken());
        String w = c.word(m.firstToken(), -1);
        return before.equals("-") && (w.equals("anti") || w.equals("pro"));
    }

    /**
     * "lawyers argued at the International Court of Justice", "Israel's ambassador to the UN": an international
     * body named as the place where others act or are posted is a locative, not an actor.
     */
    private static boolean bodyAsVenue(Clause c, Mention m) {
        if (m.entry().kind() != ActorKind.ORGANISATION && m.entry().kind() != ActorKind.AGENCY) {
            return false;
        }
        int k = m.firstToken() - 1;
        if (c.word(k, 0).equals("the")) {
            k--;
        }
        return c.word(k, 0).equals("at") || c.word(k, 0).equals("to") && POSTED.contains(c.word(k, -1));
    }

    /** "#Hamas #Lebanon" closing a social-media post: a hashtag labels a topic, it does not report an act. */
    private static boolean hashtag(Clause c, Mention m) {
        return m.start() > 0 && c.sentence().text().charAt(m.start() - 1) == '#';
    }

    /** "according to the UN", "according to Israel's army": a name introduced as the source of a figure or claim. */
    private static boolean accordingTo(Clause c, Mention m) {
        int k = m.firstToken() - 1;
        if (c.word(k, 0).equals("the")) {
            k--;
        }
        return c.word(k, 0).equals("to") && c.word(k, -1).equals("according");
    }

    /** "A spokesman for Netanyahu told AFP": the person is quoted, not acting. */
    private static boolean quotedThroughAide(Clause c, Mention m) {
        int i = m.firstToken();
        int k = c.word(i, -1).equals("the") ? i - 2 : i - 1;
        return (c.word(k, 0).equals("for") || c.word(k, 0).equals("to")) && SPOKESMAN_FOR.contains(c.word(k, -1));
    }

    /** "in Israel", "into northern Israel", "fled to Turkey, Lebanon and Jordan": a place, not an actor. */
    private static boolean locative(Clause c, Mention m) {
        int k = m.firstToken() - 1;
        while (k >= 0 && REGION.contains(c.word(k, 0)) && k >= m.firstToken() - 3) {
            k--;
        }
        String w = c.word(k, 0);
        if (LOCATIVE.contains(w)) {
            return true;
        }
        if (w.equals("to") && movedBefore(c, k)) {
            return true;
        }
        if (w.equals("capital") || w.equals("city") || w.equals("town") || w.equals("of")
                && (PLACE_NOUNS.contains(c.word(k, -1)) || PLACE_OF.contains(c.word(k, -1)))) {
            return true; // "the Darfur region of Sudan", "the capital of Iraq": the state locates a place
        }
        if (placeInApposition(c, m)) {
            return true;
        }
        // a list continues the locative of its first member: "in Turkey, Lebanon and Jordan"
        if (w.equals("and") || w.equals("or")) {
            k--;
        }
        Mention previous = c.mentionEndingAt(k);
        return previous != null && previous != m && !previous.entry().isPerson()
                && previous.form() == Mention.Form.NAME && locative(c, previous);
    }

    /**
     * "Damascus, Syria", "in Nyala, Sudan": a state after a comma that follows a place names where that place lies.
     * The place is a seat of government or an unknown capitalised name right after a locative preposition.
     */
    private static boolean placeInApposition(Clause c, Mention m) {
        int before = m.firstToken() - 1;
        if (before < 0 || !c.gap(before, m.firstToken()).trim().equals(",")) {
            return false;
        }
        Mention place = c.mentionEndingAt(before);
        if (place != null) {
            return place.form() == Mention.Form.SEAT;
        }
        String t = c.tokens().get(before).text();
        return Character.isUpperCase(t.charAt(0)) && LOCATIVE.contains(c.word(before, -1));
    }

    /** "Egypt's Rafah crossing", "Lebanon's Hezbollah": the state only places something else. */
    private static boolean possessiveOfPlaceOrGroup(Clause c, Mention m) {
        int last = m.lastToken();
        if (!(c.gap(last, last + 1).equals("'") && c.word(last, 1).equals("s"))) {
            return false;
        }
        Mention next = c.mentionAt(last + 2);
        if (next != null && next.entry().kind() == ActorKind.ARMED_GROUP) {
            return true;
        }
        for (int k = last + 2; k <= last + 4 && k < c.tokens().size(); k++) {
            if (PLACE_NOUNS.contains(c.word(k, 0))) {
                return true;
            }
            if (!Character.isUpperCase(c.tokens().get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** A verb of motion earlier in the clause: "most of them fled to Turkey", "transferred to Egypt". */
    private static boolean movedBefore(Clause c, int to) {
        for (int k = to - 1; k >= 0 && k >= to - 8; k--) {
            if (c.gap(k, k + 1).matches(".*[,;:].*")) {
                return false;
            }
            if (MOTION.contains(c.word(k, 0))) {
                return true;
            }
        }
        return false;
    }

    /** "Chad Wolf", "Qatar Airways", "Michael Jordan": a state's name inside another proper name. */
    private static boolean partOfOtherName(Clause c, Mention m) {
        if (c.sentence().headline() || m.form() != Mention.Form.NAME || m.entry().kind() != ActorKind.STATE) {
            return false;
        }
        return capitalisedNonMention(c, m.lastToken() + 1, c.gap(m.lastToken(), m.lastToken() + 1))
                || m.firstToken() > 1
                && capitalisedNonMention(c, m.firstToken() - 1, c.gap(m.firstToken() - 1, m.firstToken()))
                && !REGION.contains(c.word(m.firstToken(), -1));
    }

    private static boolean capitalisedNonMention(Clause c, int token, String gap) {
        if (token < 0 || token >= c.tokens().size() || !gap.equals(" ")) {
            return false;
        }
        String t = c.tokens().get(token).text();
        return Character.isUpperCase(t.charAt(0)) && t.length() > 1 && !t.equals(t.toUpperCase(java.util.Locale.ROOT))
                && c.mentionAt(token) == null && c.mentionEndingAt(token) == null;
    }

    /** "Doha said", "accused Khartoum": a capital stands for its government only in such frames. */
    private static boolean metonym(Clause c, Mention m) {
        String next = c.word(m.lastToken(), 1);
        String gap = c.gap(m.lastToken(), m.lastToken() + 1);
        if (gap.equals("'") && c.word(m.lastToken(), 1).equals("s")) {
            return false;
        }
        return SEAT_VERBS.contains(next) && !gap.contains(",") || SEAT_OBJECT.contains(c.word(m.firstToken(), -1));
    }

    /** The actor noun an adjective qualifies ("Qatari and Egyptian mediators", "Syrian regime forces"), or -1. */
    private static int actorHead(Clause c, Mention m) {
        int k = m.lastToken() + 1;
        int words = 0;
        while (k < c.tokens().size() && words < 3) {
            String gap = c.gap(k - 1, k);
            if (gap.contains(".") || gap.contains(";") || gap.contains(":") || gap.contains("(")) {
                return -1;
            }
            String w = c.word(k, 0);
            if (ACTOR_NOUNS.contains(w)) {
                return k;
            }
            Mention other = c.mentionAt(k);
            if (other != null) {
                k = other.lastToken() + 1;
                continue;
            }
            if (!w.equals("and") && !w.equals("or")) {
                if (gap.contains(",")) {
                    return -1;
                }
                words++;
            }
            k++;
        }
        return -1;
    }

    /** A source noun whose clause only reports: "health officials said", "spokesman Vedant Patel said". */
    private static boolean reportsOnly(Clause c, int sourceNoun) {
        if (!SOURCE_NOUNS.contains(c.word(sourceNoun, 0))) {
            return false;
        }
        if (FIGURE_NOUNS.contains(c.word(sourceNoun, 0))) {
            return true;
        }
        for (int k = sourceNoun + 1; k <= sourceNoun + 5 && k < c.tokens().size(); k++) {
            String gap = c.gap(k - 1, k);
            if (gap.contains(",") && !SAY.contains(c.word(k, 0))) {
                return false;
            }
            String w = c.word(k, 0);
            if (SAY.contains(w) || w.equals("are") && SAY.contains(c.word(k, 1))
                    || w.equals("is") && SAY.contains(c.word(k, 1))) {
                return true;
            }
            boolean name = Character.isUpperCase(c.tokens().get(k).text().charAt(0));
            if (!name && !List.of("now", "also", "on", "had", "has", "have").contains(w)) {
                return false;
            }
        }
        int before = sourceNoun - 1;
        while (before >= 0 && c.mentionAt(before) != null) {
            before = c.mentionAt(before).firstToken() - 1;
        }
        String w = c.word(before, 0);
        return w.equals("according") || c.word(before, -1).equals("according") || SAY.contains(w)
                || SAY.contains(c.word(before, -1));
    }

    private static int nextNonName(Clause c, int k) {
        while (k < c.tokens().size()) {
            if (c.gap(k - 1, k).contains(",")) {
                return -1;
            }
            Mention other = c.mentionAt(k);
            if (other == null) {
                return k;
            }
            k = other.lastToken() + 1;
        }
        return -1;
    }
}
