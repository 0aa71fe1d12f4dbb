package io.newswire.enrich.tag;

import io.newswire.core.event.Evidence;
import io.newswire.core.event.Talks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags a ceasefire or peace process (guide §1): whether the passage reports one, its latest status, the venue
 * as written and the mediators. Talks on other subjects (sports, labour, business, nuclear, coalition forming),
 * third-party calls for a ceasefire and the verb "talks" do not count.
 */
final class TalksTagger {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** Words that name a ceasefire or peace process whatever the context. */
    private static final Pattern STRONG = Pattern.compile(
            "\\b(?:cease-?fires?|truces?|armistice|peace (?:talks|negotiations|process|deal|agreement|accord|plan"
                    + "|treaty|summit|conference|initiative|efforts?|bid|roadmap|framework|proposal)"
                    + "|hostages? (?:release |exchange |swap )?deal|hostage-(?:for-)?prisoner (?:exchange|swap|deal)"
                    + "|prisoner (?:swaps?|exchanges?)|evacuation deal|cessation of hostilities"
                    + "|(?:halt|stop)s? (?:its |the |all )?(?:military operations|fighting|hostilities|offensive"
                    + "|attacks))\\b", FLAGS);
    /** Words that name negotiation in general: they count unless the passage is about something else. */
    private static final Pattern WEAK = Pattern.compile(
            "\\b(?:talks|negotiations?|negotiat(?:e|ed|es|ing|ors?)|mediat(?:ors?|ion|ed|ing|es?)"
                    + "|brokered|brokering|broker|consultations)\\b", FLAGS);
    /** Words that name a process only among conflict parties. */
    private static final Pattern CONTEXTUAL = Pattern.compile(
            "\\b(?:meetings?|delegations?|delegates|(?:reach|strike|seal|under) (?:a|an) (?:deal|agreement))\\b", FLAGS);
    /** Talks about a war rather than between its sides: "talks with Netanyahu on the war in Gaza" (guide §1). */
    private static final Pattern ABOUT_WAR = Pattern.compile(
            "\\btalks\\b[^.;]{0,60}?\\b(?:on|about|over|focus(?:ed|ing)? on)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,3}?"
                    + "(?:war|conflict|crisis|situation|violence)\\b", FLAGS);
    private static final Pattern VERB_TALKS = Pattern.compile("\\b(\\w+) talks (?:about|of)\\b", FLAGS);
    private static final Set<String> TALKS_NOUN_MODIFIERS = Set.of(
            "peace", "the", "ceasefire", "truce", "direct", "indirect", "new", "fresh", "further", "more", "of", "in",
            "for", "at", "to", "and", "hold", "holds", "held", "preliminary", "proximity", "formal", "informal");
    private static final Pattern CALL_BEFORE = Pattern.compile(
            "\\b(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?|plea"
                    + "|advocat\\w+|resolution)\\b[^,;:.]{0,40}$",
            FLAGS);
    private static final Pattern CALL_AFTER = Pattern.compile(
            "^\\W{0,3}(?:plea|pleas|calls?|appeals?|resolution|demands?|vote)\\b", FLAGS);
    /** Another subject: anywhere in the passage (sports, labour, business). */
    private static final Pattern DOMAIN = Pattern.compile(
            "\\b(?:football|soccer|hockey|NHL|NBA|NFL|MLB|FIFA|UEFA|Premier League|tennis|cricket|rugby|baseball"
                    + "|basketball|Olympics?|Wimbledon|golf|NASCAR|Formula One|striker|midfielder|goalkeeper"
                    + "|pension|pensions|wages?|pay deal|labou?r talks|labou?r dispute|collective bargaining"
                    + "|lockout|merger|takeover|acquisition|buyout|shareholders?|airlines?|Boeing|Airbus|revenues?"
                    + "|profits?|earnings|investors|stock markets?|stocks|CEO|chief executive officer|quarterly|IPO)\\b", FLAGS);
    private static final Pattern DOMAIN_CASED = Pattern.compile("\\b(?:unions|union|league|club|clubs)\\b");
    /**
     * Another subject (nuclear, trade, coalition forming): vetoes a ceasefire word in its own sentence or under
     * such a headline, and the general words "talks" or "negotiations" anywhere in the passage.
     */
    private static final Pattern TOPIC = Pattern.compile(
            "\\b(?:nuclear|nukes?|uranium|enrichment|atomic|chemical weapons|six-party|tariffs?|economic cooperation"
                    + "|climate|budget|arms (?:deal|sales?)|weapons sales?|to buy|purchase|contract|management|regulators?"
                    + "|antitrust|trade (?:talks|deal|agreement|war|negotiations|pact|tariffs?|ministers?|truce|dispute|row|spat)"
                    + "|free trade"
                    + "|coalition (?:peace )?(?:talks|government|negotiations|deal|agreement)"
                    + "|(?:form|forming|join|joining) (?:a |the )?coalition"
                    + "|labou?r|talks[^.]{0,30}\\b(?:focus|focused|centred|centered) on\\b[^.]{0,40}"
                    + "\\b(?:war|conflict|crisis|situation))\\b", FLAGS);
    /** Words of armed conflict: context for general talks words, and what tells war news from sports news. */
    static final Pattern CONFLICT = Pattern.compile(
            "\\b(?:war|fighting|rebels?|militants?|insurgents?|hostages?|military|troops|army"
                    + "|offensive|clashes|conflict|shelling|air ?strikes?|bombardment|genocide|militias?|invasion"
                    + "|occupation|prisoners?|gaza|darfur|west bank|kashmir|chechnya|ossetia|abkhazia"
                    + "|donbas|donetsk|luhansk|idlib|aleppo|mosul|fallujah?|ramadi|najaf|kirkuk|tigray|kordofan"
                    + "|rafah|khan younis|jenin)\\b", FLAGS);

    private static final Pattern VENUE_AFTER = Pattern.compile(
            "(?i:\\b(?:talks|negotiations|meet|meeting|meetings|met|summit|held|begun|began|resumed|resume|convened"
            + "|gathered|hosted|host|round)\\b)[^.;:]{0,60}?\\b(?<prep>in|at) (?:the )?(?:(?:[A-Z]\\w+ )?(?:capital (?:of )?|city of ))?"
            + "(?<place>[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,2})");
    private static final Pattern VENUE_TRAVEL = Pattern.compile(
            "(?i:\\b(?:travel\\w*|head(?:s|ed|ing)?|went|go(?:es|ing)?|flew|fly(?:ing)?|arriv\\w*|sent|send)\\s+(?:to|in))"
            + " (?<place>[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,2})(?i: (?:on \\w+ )?(?:for|to attend|to join) (?:\\w+ ){0,3}"
            + "(?:talks|negotiations|meetings?|summit))");
    private static final Pattern VENUE_BEFORE = Pattern.compile(
            "\\b(?<place>[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,2}) (?:peace )?(?:talks|negotiations|summit|meeting"
            + "|conference|round)\\b");

    private final Set<String> sites;
    private final Set<String> states;

    private final StatusCues statusCues;
    private final MediatorAgents agents;

    TalksTagger(Gazetteer gazetteer, Lexicon lexicon) {
        this.statusCues = new StatusCues(lexicon);
        this.agents = new MediatorAgents(lexicon);
        this.sites = Set.copyOf(gazetteer.venues());
        Set<String> st = new java.util.HashSet<>();
        gazetteer.entries().stream().filter(e -> e.kind() == ActorKind.STATE).forEach(e -> st.add(e.name()));
        this.states = Set.copyOf(st);
    }

    /** Every trigger pattern needs one of these stems, so sentences without them are skipped unread. */
    private static final String[] TRIGGER_STEMS = {
        "talk", "negotiat", "mediat", "broker", "cease", "truce", "armistice", "peace", "hostage", "prisoner",
        "evacuation", "halt", "stop", "consultation", "meet", "delegat", "deal", "agreement",
        "hostilities"};

    /** A trigger word found in a sentence, before the passage's context has vetoed it or not. */
    private record Trigger(Clause clause, int start, int end, Pattern kind) {
    }

    Talks tag(List<Clause> clauses, List<Mention> armedGroupsAndSides, Evidences evidences) {
        List<Trigger> found = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.mentionsAny(TRIGGER_STEMS)) {
                for (Pattern p : new Pattern[] {STRONG, WEAK, CONTEXTUAL}) {
                    Matcher m = p.matcher(c.text());
                    while (m.find()) {
                        found.add(new Trigger(c, m.start(), m.end(), p));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return Talks.NONE;
        }
        Context context = Context.of(clauses, armedGroupsAndSides, found);
        List<Evidence> evidence = new ArrayList<>();
        List<Clause> triggered = new ArrayList<>();
        for (Trigger t : found) {
            if (context.counts(t)) {
                evidence.add(evidences.of(t.clause(), t.start(), t.end()));
                if (!triggered.contains(t.clause())) {
                    triggered.add(t.clause());
                }
            }
        }
        if (triggered.isEmpty()) {
            return Talks.NONE;
        }
        return new Talks(true, status(triggered), venue(triggered),
                new ArrayList<>(mediators(triggered, armedGroupsAndSides)), evidence);
    }

    /** What the whole passage is about, read only once it holds a trigger word. */
    private record Context(boolean domain, boolean conflict, boolean anyActor, boolean ceasefireWords,
                           boolean headlineTopic, boolean passageTopic) {

        static Context of(List<Clause> clauses, List<Mention> sides, List<Trigger> found) {
            boolean domain = false;
            boolean conflict = !sides.isEmpty();
            boolean passageTopic = false;
            boolean anyActor = false;
            for (Clause c : clauses) {
                anyActor |= !c.mentions().isEmpty();
                String s = c.text();
                domain |= DOMAIN.matcher(s).find() || DOMAIN_CASED.matcher(s).find();
                conflict |= CONFLICT.matcher(s).find();
                passageTopic |= TOPIC.matcher(s).find();
            }
            boolean ceasefireWords = found.stream().anyMatch(t -> t.kind() == STRONG);
            Clause first = clauses.get(0);
            boolean headlineTopic = first.sentence().headline() && TOPIC.matcher(first.text()).find();
            return new Context(domain, conflict, anyActor, ceasefireWords, headlineTopic, passageTopic);
        }

        boolean counts(Trigger t) {
            String s = t.clause().text();
            if (t.kind() == STRONG) {
                return !headlineTopic && !TOPIC.matcher(s).find() && !isCall(s, t.start(), t.end())
                        && !(domain && !conflict);
            }
            if (passageTopic || domain) {
                return false;
            }
            if (t.kind() == WEAK) {
                boolean mediation = s.regionMatches(true, t.start(), "mediat", 0, 6);
                boolean aboutWar = ABOUT_WAR.matcher(s).find() && !STRONG.matcher(s).find();
                return (conflict || anyActor || mediation) && !aboutWar && !isVerbTalks(s, t.start());
            }
            return ceasefireWords || hasArmedGroup(t.clause());
        }
    }

    private static boolean hasArmedGroup(Clause c) {
        return c.mentions().stream().anyMatch(m -> m.entry().kind() == ActorKind.ARMED_GROUP);
    }

    private static boolean isCall(String s, int start, int end) {
        return CALL_BEFORE.matcher(s.substring(Math.max(0, start - 60), start)).find()
                || CALL_AFTER.matcher(s.substring(end)).find();
    }

    private static boolean isVerbTalks(String s, int start) {
        Matcher m = VERB_TALKS.matcher(s);
        m.region(Math.max(0, s.lastIndexOf(' ', Math.max(0, start - 2)) + 1), s.length());
        return m.lookingAt() && m.start() + m.group(1).length() + 1 == start
                && !TALKS_NOUN_MODIFIERS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The latest status the triggered sentences state (see {@link StatusCues}), or null. */
    private String status(List<Clause> clauses) {
        List<StatusCues.Hit> hits = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            hits.addAll(statusCues.find(clauses.get(i).parse(), i));
        }
        return StatusCues.latest(hits);
    }

    private String venue(List<Clause> clauses) {
        for (Clause c : clauses) {
            String s = c.text();
            for (Pattern p : new Pattern[] {VENUE_AFTER, VENUE_TRAVEL, VENUE_BEFORE}) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    int at = m.start("place");
                    if (at < c.datelineEnd()) {
                        continue;
                    }
                    boolean statesToo = p == VENUE_TRAVEL || p == VENUE_AFTER && m.group("prep").equals("in");
                    String place = knownPrefix(m.group("place"), statesToo);
                    if (place != null && !fightingPlace(s, at)) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /** The longest known venue at the start of a capitalised run ("Doha Thursday" gives "Doha"). */
    private String knownPrefix(String run, boolean statesToo) {
        String[] words = run.split(" ");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (sites.contains(candidate) || statesToo && states.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean fightingPlace(String s, int at) {
        String before = s.substring(Math.max(0, at - 25), at).toLowerCase(java.util.Locale.ROOT);
        return before.matches(".*\\b(?:war|fighting|conflict|crisis|violence|clashes|strikes?) in (?:the )?$");
    }

    private Set<String> mediators(List<Clause> clauses, List<Mention> sides) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> sideNames = new java.util.HashSet<>();
        sides.forEach(m -> sideNames.add(m.entry().name()));
        for (Clause c : clauses) {
            for (Mention m : agents.find(c)) {
                if (m.entry().kind() != ActorKind.ARMED_GROUP) {
                    out.add(m.entry().name());
                    if (m.entry().affiliation() != null) {
                        out.add(m.entry().affiliation()); // an envoy mediates for the state or body it serves
                    }
                }
            }
            for (Mention m : c.mentions()) {
                if (m.entry().isPerson() || m.entry().kind() == ActorKind.ARMED_GROUP) {
                    continue;
                }
                if (MediatorRules.mediates(c, m, sideNames.contains(m.entry().name()))) {
                    out.add(m.entry().name());
                }
            }
        }
        return out;
    }
}
