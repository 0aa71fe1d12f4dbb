package io.newswire.enrich.tag;

import io.newswire.core.event.Casualty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every stated casualty figure (guide §2): a number tied to a casualty word, backwards ("killed at least
 * 13", "death toll exceeds 1,400", "death of two") or forwards ("40 Israelis confirmed dead", "thousands forced to
 * flee"), with its kind, qualifier, source and whether it is a running total. Breakdowns ("61 dead: 54 ...,
 * 4 ..."; "46 persons, including six US soldiers, dead") give separate items; a headline figure restated in the
 * body is kept once. Numbers that count other things (rockets, votes, money, ages, dates, durations, hostages
 * taken) and vague words without a numeric base ("several") give nothing.
 */
final class CasualtyExtractor {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?:(?<atLeast>at least|no fewer than|not less than|a minimum of)|(?<moreThan>more than|over|upwards of"
                    + "|in excess of|above)|(?<about>about|some|around|nearly|almost|an estimated|estimated"
                    + "|approximately|roughly|close to|just under)|(?<atMost>up to|as many as|as high as|at most|no more than))"
                    + "\\s+(?:all\\s+|another\\s+)?$", CI);
    private static final Pattern FILLER = Pattern.compile("(?:\\ball|\\banother|\\ba total of|\\bthe)\\s+$", CI);
    private static final Pattern KILL_VERB = Pattern.compile(
            "\\b(?:(?:has|have|had|was|were)\\s+)?(?<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)|displac(?:e|es|ed|ing)|massacred"
                    + "|murdered|executed|slaughtered|shot dead|gunned down|beheaded)\\s+$", CI);
    private static final Pattern THREAT = Pattern.compile(
            "\\b(?:threaten\\w*|vow\\w*|plan\\w*|tried|try|attempt\\w*|intend\\w*|want\\w*|could|would|may|might"
                    + "|will|shall|can|not)\\s+(?:to\\s+)?$", CI);
    private static final Pattern TOLL_LINK = Pattern.compile(
            "\\b(?<verb>to|at|of|is|was|reached|reach|reaching|exceeds?|exceeded|exceeding|tops|topped|hit|hits"
                    + "|passed|passes|passing|surpassed|surpasses|crossed|crosses|now)\\s+$", CI);
    private static final Pattern TOLL = Pattern.compile(
            "\\b(?:(?:(?<injury>injury|casualty) )?toll|number of (?:the )?(?:dead|deaths|fatalities|people killed))\\b",
            CI);
    private static final Pattern DEATH_OF = Pattern.compile(
            "\\b(?:deaths?|killings?|bodies|murders?) of\\s+$", CI);
    private static final Pattern DEAD_INCLUDE = Pattern.compile(
            "\\b(?:the dead|those killed|the fatalities)\\s+(?:include[sd]?|were|are)\\b[^.;\\d]*$", CI);
    private static final Pattern MONTH = Pattern.compile(
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?", CI);
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH.pattern() + "\\s+$", CI);
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s+" + MONTH.pattern() + "\\b", CI);
    private static final Pattern YEAR_PREP = Pattern.compile(
            "\\b(?:in|since|of|by|until|from|year|early|late|mid|during|before|after|summer|spring|winter|autumn"
                    + "|fall)\\s+$", CI);
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?:[$\u20AC\u00A3\u00A5]|US\\$|USD|Rs\\.?|EUR|GBP)\\s*$");
    private static final Pattern AFTER_EXCLUDED = Pattern.compile(
            "^(?:-[\\p{L}]|\\s*%|\\s*(?:percent|per cent|pc)\\b|:\\d|\\s*(?:(?:million|billion|thousand)\\s+)?"
                    + "(?:dollars|euros|pounds|shekels|riyals|dinars|yuan|rupees|francs|usd|eur)\\b"
                    + "|\\s*(?:-\\s*)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
                    + "|centuries|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|kg|kilograms?|tonnes?|tons?|feet|foot"
                    + "|times|am|pm|a\\.m|p\\.m|o'clock|gmt|mph|per)\\b)", CI);
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "\\b(?:article|resolution|no\\.?|number|page|route|highway|flight|chapter|section|paragraph|level"
                    + "|phase|room|channel|gate|block|unit|brigade|division|district|sector|grade|class|version"
                    + "|episode|season|stage|day|week|year|zone|camp|platform|line|aged?|ages|population of"
                    + "|populations? of|total of \\w+ of)\\s+$", CI);
    private static final Pattern ONE_EXCLUDED_AFTER = Pattern.compile("^\\s+(?:of|another|by)\\b", CI);
    private static final Pattern ONE_EXCLUDED_BEFORE = Pattern.compile("\\b(?:no|any|every|which|each)\\s+$", CI);

    private static final Set<String> OBJECT_NOUNS = Set.of(
            "rockets", "missiles", "bombs", "shells", "mortars", "mortar", "drones", "rounds", "targets", "raids",
            "strikes", "airstrikes", "sorties", "attacks", "votes", "seats", "villages", "towns", "cities", "sites",
            "buildings", "homes", "houses", "trucks", "lorries", "vehicles", "cars", "tanks", "aircraft", "planes",
            "jets", "helicopters", "points", "goals", "games", "matches", "tonnes", "tons", "bills",
            "laws", "countries", "nations", "states", "provinces", "areas", "hospitals", "schools", "camps",
            "positions", "posts", "checkpoints", "tunnels", "weapons", "guns", "rifles", "bullets", "items",
            "shipments", "meals", "abstentions", "against", "barrages", "explosions", "blasts", "incidents",
            "cases", "per");
    private static final Set<String> STOP = Set.of(
            "who", "which", "that", "when", "where", "while", "after", "before", "because", "as", "since", "if",
            "but", "said", "says", "told", "according", "amid", "during", "than", "to", "those", "whose", "whom",
            "arrested", "detained", "released", "freed", "abducted", "kidnapped", "captured", "taken", "held",
            "rescued", "deployed", "sent", "fired", "launched", "voted", "attended", "also",
            "protested", "rallied", "marched", "gathered", "face", "facing", "not");
    private static final Set<String> PARENTHETICAL = Set.of(
            "including", "among", "mostly", "most", "many", "mainly", "half", "nearly", "almost", "some",
            "majority");

    private record Link(String kind, int kindEnd, int spanStart, boolean toll, String tollVerb,
                        int parenStart, int parenEnd, boolean colonAfter) {
    }

    private record Found(Casualty casualty, boolean headline, int sentence) {
    }

    /** "a leader and at least five others": the named one is added to the others. */
    private static final Pattern DERIVED = Pattern.compile("\\b(?:a|an|one)\\s+(?:[\\w'-]+\\s+){0,4}?and\\s+$", CI);
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+[\\p{L}]+");
    private static final Pattern FIRST_NOUN = Pattern.compile("^\\s+(?:of\\s+)?([\\p{L}]+)");
    private static final Pattern SECOND_NOUN = Pattern.compile("^\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+)?([\\p{L}]+)");
    private static final Pattern PEOPLE_NOUN = Pattern.compile("^\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)?[\\p{L}]+");
    private static final Pattern KIND_TAIL = Pattern.compile("^\\s+(?:their|his|her|its)\\s+lives|^\\s+to\\s+(?:flee|leave)"
            + "|^\\s+from\\s+their\\s+homes|^\\s+for", CI);
    private final Attribution attribution = new Attribution();
    private final CasualtyLinker linker;

    CasualtyExtractor(Lexicon lexicon) {
        this.linker = new CasualtyLinker(lexicon);
    }

    List<Casualty> extract(List<Clause> clauses, Evidences evidences) {
        boolean gaza = false;
        for (Clause c : clauses) {
            gaza |= c.text().contains("Gaza");
        }
        List<Found> all = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            extract(clauses.get(i), i, evidences, gaza, all);
        }
        resolveSources(clauses, all, gaza, evidences.gazetteer());
        dropRestatements(all);
        List<Casualty> out = new ArrayList<>();
        for (Found f : all) {
            if (f.headline() && all.stream().anyMatch(b -> !b.headline() && b.casualty().kind().equals(
                    f.casualty().kind()) && (b.casualty().count() == f.casualty().count() || f.casualty().vague()))) {
                continue; // the body restates the headline's figure, or states the one a vague headline hedges
            }
            out.add(f.casualty());
        }
        return out;
    }

    /** Every link needs a casualty word with one of these stems, so sentences without them are skipped unread. */
    private static final String[] KIND_STEMS = {
        "kill", "dead", "death", "died", "wound", "injur", "hurt", "missing", "displac", "fled", "flee", "toll",
        "bodies", "corpses", "fatalit", "murder", "execut", "slain", "perish", "lives", "martyr", "massacr",
        "slaughter", "shot", "gunned", "behead", "unaccounted", "homeless", "uproot", "drown", "homes"};

    private void extract(Clause c, int index, Evidences evidences, boolean gaza, List<Found> out) {
        if (!c.mentionsAny(KIND_STEMS)) {
            return;
        }
        String s = c.text();
        List<NumberMention> numbers = NumberParser.find(s);
        Link[] links = new Link[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            NumberMention n = numbers.get(i);
            if (excluded(s, n)) {
                continue;
            }
            Link link = backward(s, n);
            if (link == null) {
                link = forward(s, n);
            }
            if (link == null) {
                CasualtyLinker.Link structural = linker.link(c.parse(), n.start(), n.end());
                if (structural != null) {
                    link = new Link(structural.kind(), structural.kindEnd(), n.start(), false, null,
                            structural.asideStart(), structural.asideEnd(), false);
                }
            }
            links[i] = link;
        }
        inheritBreakdowns(s, numbers, links);
        boolean tollUsed = false;
        for (int i = 0; i < numbers.size(); i++) {
            Link link = links[i];
            if (link == null || link.toll() && tollUsed) {
                continue;
            }
            tollUsed |= link.toll();
            NumberMention n = numbers.get(i);
            String before = s.substring(0, n.start());
            Matcher q = QUALIFIER.matcher(before);
            String qualifier = "exact";
            int spanStart = Math.min(link.spanStart(), n.start());
            if (q.find()) {
                qualifier = q.group("atLeast") != null ? "at_least" : q.group("moreThan") != null ? "more_than"
                        : q.group("about") != null ? "about" : "at_most";
                spanStart = Math.min(spanStart, q.start());
            } else if (n.vague()) {
                qualifier = "at_least";
            } else if (link.toll() && link.tollVerb() != null && link.tollVerb().matches(
                    "(?i)exceed\\w*|tops|topped|pass(?:ed|es|ing)|surpass(?:ed|es)|cross(?:ed|es)")) {
                qualifier = "more_than";
            }
            if (n.vague()) {
                qualifier = "at_least";
            }
            long count = n.value();
            Matcher derived = DERIVED.matcher(s.substring(0, Math.min(spanStart, n.start())));
            if (s.regionMatches(true, n.end(), " others", 0, 7) && derived.find()) {
                count += 1; // "a leader and at least five others"
                spanStart = derived.start();
            }
            int spanEnd = Math.max(n.end(), link.kindEnd());
            String source = attribution.sourceOf(s, n.start(), gaza);
            boolean cumulative = Attribution.cumulative(s, n.start(), link.toll());
            Casualty casualty = new Casualty(count, n.high(), link.kind(), qualifier, n.vague(), source,
                    cumulative, evidences.of(c, spanStart, spanEnd));
            out.add(new Found(casualty, c.sentence().headline(), index));
        }
    }

    /**
     * Attribution across sentences: a figure whose sentence names no source continues the source of a figure
     * in the sentence before ("... according to the Committee to Protect Journalists. As well as 11 journalists
     * injured"); a pronoun or a description ("It said", "the monitor said", "a monitoring group said") stands
     * for the nearest source the passage names, before it first, else after it.
     */
    private void resolveSources(List<Clause> clauses, List<Found> all, boolean gaza, Gazetteer gazetteer) {
        List<List<String>> named = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Found f = all.get(i);
            String src = f.casualty().attributedTo();
            String resolved = src;
            Found previous = i > 0 ? all.get(i - 1) : null;
            if (src == null && previous != null && !previous.headline() && (previous.sentence() == f.sentence()
                    || previous.sentence() == f.sentence() - 1
                    && CONTINUATION.matcher(clauses.get(f.sentence()).text()).lookingAt())) {
                resolved = all.get(i - 1).casualty().attributedTo();
            } else if (src != null && Attribution.backReference(src)) {
                if (named.isEmpty()) {
                    clauses.forEach(c -> named.add(attribution.namedIn(c.text(), gaza)));
                }
                resolved = nearestNamed(named, f.sentence(), src);
            }
            GazetteerEntry known = resolved == null ? null : gazetteer.byAlias(resolved);
            if (known != null && known.kind() != ActorKind.STATE && !known.isPerson()) {
                resolved = known.name(); // one name per source: "UN" is the United Nations
            }
            if (!java.util.Objects.equals(resolved, src)) {
                Casualty c = f.casualty();
                all.set(i, new Found(new Casualty(c.count(), c.countHigh(), c.kind(), c.qualifier(), c.vague(),
                        resolved, c.cumulative(), c.evidence()), f.headline(), f.sentence()));
            }
        }
    }

    /**
     * A sentence that continues the one before it: "As well as 11 journalists injured", "Also ...". A figure
     * later in the same sentence as a sourced one continues its list ("11 injured, 3 reported missing").
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:as well as|also|and|among them|of them|of those|including|in addition)\\b", CI);

    /**
     * One fact stated twice in a passage ("Six people were killed ..." in the lead, "... killing six people,
     * state TV said" later) is one item: the restatement that names a source is kept.
     */
    private static void dropRestatements(List<Found> all) {
        for (int i = 0; i < all.size(); i++) {
            Casualty a = all.get(i).casualty();
            for (int j = i + 1; j < all.size(); j++) {
                Casualty b = all.get(j).casualty();
                boolean twoSources = a.attributedTo() != null && b.attributedTo() != null
                        && !a.attributedTo().equals(b.attributedTo());
                if (all.get(i).sentence() != all.get(j).sentence() && a.count() == b.count() && !twoSources
                        && a.kind().equals(b.kind()) && !a.vague() && !b.vague()
                        && java.util.Objects.equals(a.countHigh(), b.countHigh())) {
                    all.remove(a.attributedTo() == null || b.attributedTo() != null ? i-- : j);
                    break;
                }
            }
        }
    }

    /** The named source nearest to sentence {@code at}: the same sentence or before it first, else after it. */
    private static String nearestNamed(List<List<String>> named, int at, String reference) {
        for (int k = at; k >= 0; k--) {
            List<String> here = named.get(k);
            if (!here.isEmpty()) {
                return here.get(here.size() - 1);
            }
        }
        for (int k = at + 1; k < named.size(); k++) {
            if (!named.get(k).isEmpty()) {
                return named.get(k).get(0);
            }
        }
        return reference.equals("it") || reference.equals("they") ? null : reference;
    }

    /** Numbers inside a breakdown take the kind of the figure they break down. */
    private static void inheritBreakdowns(String s, List<NumberMention> numbers, Link[] links) {
        for (int i = 0; i < numbers.size(); i++) {
            Link link = links[i];
            if (link == null) {
                continue;
            }
            for (int j = 0; j < numbers.size(); j++) {
                NumberMention n = numbers.get(j);
                if (links[j] != null || j == i || excluded(s, n)) {
                    continue;
                }
                boolean inParen = n.start() >= link.parenStart() && n.end() <= link.parenEnd();
                boolean afterColon = link.colonAfter() && n.start() > link.kindEnd()
                        && !s.substring(link.kindEnd(), n.start()).contains(".");
                boolean ofThem = j == i + 1 && s.substring(n.end()).matches("(?is)^\\s+of (?:them|whom)\\b.*");
                boolean including = j == i + 1 && n.start() > numbers.get(i).end() && INCLUDING.matcher(
                        s.substring(numbers.get(i).end(), n.start())).matches();
                if (inParen || afterColon || ofThem || including) {
                    links[j] = new Link(link.kind(), n.end() + nextWordLength(s, n.end()), n.start(), false, null,
                            -1, -1, false);
                }
            }
        }
    }

    /** "rises to 11,078, including 4,506 children": the second figure breaks the first down. */
    private static final Pattern INCLUDING = Pattern.compile(
            "^[^.;\\d]{0,40}?,?\\s+(?:including|among them|of whom|among whom)\\s+(?:at least |some |about |more than )?$",
            CI);

    private static int nextWordLength(String s, int at) {
        Matcher m = NEXT_WORD.matcher(s.substring(at));
        return m.find() ? m.end() : 0;
    }

    static boolean excluded(String s, NumberMention n) {
        String before = s.substring(Math.max(0, n.start() - 40), n.start());
        String after = s.substring(n.end(), Math.min(s.length(), n.end() + 40));
        if (AFTER_EXCLUDED.matcher(after).find() || MONEY_BEFORE.matcher(before).find()
                || MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()
                || LABEL_BEFORE.matcher(before).find() && !n.vague()) {
            return true;
        }
        String raw = s.substring(n.start(), n.end());
        if (raw.matches("(?:19|20)\\d\\d") && (YEAR_PREP.matcher(before).find() || after.matches("^[,.)].*")
                || after.isEmpty())) {
            return true;
        }
        if (n.value() == 1 && (ONE_EXCLUDED_AFTER.matcher(after).find() || ONE_EXCLUDED_BEFORE.matcher(before)
                .find())) {
            return true;
        }
        return OBJECT_NOUNS.contains(countedNoun(after));
    }

    /** The noun right after a figure, skipping "of" ("dozens of rockets") and one modifier. */
    private static String countedNoun(String after) {
        Matcher m = SECOND_NOUN.matcher(after);
        Matcher first = FIRST_NOUN.matcher(after);
        if (first.find() && OBJECT_NOUNS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
            return first.group(1).toLowerCase(Locale.ROOT);
        }
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static Link backward(String s, NumberMention n) {
        String before = s.substring(0, n.start()).replaceFirst("[\"'\u2018\u201C]$", "");
        Matcher q = QUALIFIER.matcher(before);
        String head = q.find() ? before.substring(0, q.start()) : before;
        Matcher f = FILLER.matcher(head);
        if (f.find()) {
            head = head.substring(0, f.start());
        }
        int end = n.end() + nextPeopleNoun(s, n.end());
        Matcher v = KILL_VERB.matcher(head);
        if (v.find() && !THREAT.matcher(head.substring(0, v.start())).find()) {
            return new Link(kindOf(v.group("verb")), end, v.start(), false, null, -1, -1, false);
        }
        Matcher d = DEATH_OF.matcher(head);
        if (d.find()) {
            return new Link("killed", end, d.start(), false, null, -1, -1, false);
        }
        Matcher t = TOLL_LINK.matcher(head);
        if (t.find()) {
            int toll = lastToll(head);
            if (toll >= 0 && !hasLinkableNumberBetween(head, toll)) {
                Matcher tm = TOLL.matcher(head.substring(toll));
                tm.find();
                String kind = tm.group("injury") != null && tm.group("injury").equalsIgnoreCase("injury")
                        ? "injured" : "killed";
                return new Link(kind, n.end(), Math.max(0, toll - 6), true, t.group("verb"), -1, -1, false);
            }
        }
        Matcher di = DEAD_INCLUDE.matcher(head);
        if (di.find()) {
            return new Link("killed", end, di.start(), false, null, -1, -1, false);
        }
        return null;
    }

    private static int lastToll(String head) {
        Matcher m = TOLL.matcher(head);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static boolean hasLinkableNumberBetween(String head, int from) {
        return head.substring(from).matches("(?s).*\\b\\d[\\d,]*\\s+(?:people|persons|dead|killed)\\b.*");
    }

    /** Length of a people noun right after the figure ("13 Palestinians"), for the span. */
    private static int nextPeopleNoun(String s, int at) {
        Matcher m = PEOPLE_NOUN.matcher(s.substring(at));
        return m.find() && !OBJECT_NOUNS.contains(countedNoun(s.substring(at))) ? m.end() : 0;
    }

    /** An object right after a casualty verb makes it active: "killed the guards", "wounded two officers". */
    private static final Pattern ACTIVE_OBJECT = Pattern.compile(
            "\\s+(?:the|a|an|his|her|their|its|two|three|four|five|\\d)\\b", CI);
    private static final Pattern STEP = Pattern.compile(
            "\\G\\s*(?:(?<word>[\\p{L}][\\p{L}'\u2019-]*)|(?<num>\\d[\\d,.]*)|(?<punct>[^\\s\\p{L}\\d]))");

    private static Link forward(String s, NumberMention n) {
        Matcher m = STEP.matcher(s);
        int pos = n.end();
        int words = 0;
        int limit = n.vague() ? 6 : 12;
        int parenStart = -1;
        int parenEnd = -1;
        boolean inParen = false;
        boolean first = true;
        while (pos < s.length() && m.find(pos)) {
            pos = m.end();
            if (m.group("punct") != null) {
                String p = m.group("punct");
                if (p.equals(",")) {
                    if (inParen) {
                        inParen = false;
                        parenEnd = m.start();
                        continue;
                    }
                    Matcher peek = STEP.matcher(s);
                    if (peek.find(pos) && peek.group("word") != null
                            && PARENTHETICAL.contains(peek.group("word").toLowerCase(Locale.ROOT))) {
                        inParen = true;
                        parenStart = pos;
                        continue;
                    }
                    return null;
                }
                if (p.equals("\"") || p.equals("'") || p.equals("\u2026")) {
                    continue;
                }
                return null;
            }
            if (m.group("num") != null) {
                if (inParen) {
                    continue;
                }
                return null;
            }
            if (inParen) {
                continue;
            }
            String w = m.group("word").toLowerCase(Locale.ROOT);
            String kind = forwardKind(w, s, pos, first);
            if (kind != null && ACTIVE_OBJECT.matcher(s.substring(pos)).lookingAt()
                    && !Set.of("dead", "missing", "homeless").contains(w)) {
                return null; // "Forty gunmen killed the guards": the counted ones are the agents
            }
            if (kind != null) {
                int kindEnd = kindEnd(s, m.start("word"), pos, w);
                boolean colon = s.startsWith(":", kindEnd) || s.startsWith(" :", kindEnd);
                return new Link(kind, kindEnd, n.start(), false, null, parenStart, parenEnd, colon);
            }
            if (STOP.contains(w) || ++words > limit) {
                return null;
            }
            first = false;
        }
        return null;
    }

    private static String forwardKind(String w, String s, int after, boolean first) {
        switch (w) {
            case "killed", "dead", "died", "murdered", "executed", "slain", "perished", "martyred", "drowned":
                return "killed";
            case "wounded", "injured", "hurt":
                return "injured";
            case "missing":
                return "missing";
            case "displaced", "fled", "flee", "flees", "uprooted", "homeless":
                return "displaced";
            case "bodies", "corpses", "deaths", "fatalities":
                return first ? "killed" : null;
            case "injuries":
                return first ? "injured" : null;
            case "lost":
                return s.substring(after).matches("(?is)^\\s+(?:their|his|her|its)\\s+lives\\b.*") ? "killed" : null;
            case "forced":
                return s.substring(after).matches("(?is)^\\s+(?:to\\s+(?:flee|leave)|from\\s+their\\s+homes)\\b.*")
                        ? "displaced" : null;
            case "unaccounted":
                return s.substring(after).matches("(?is)^\\s+for\\b.*") ? "missing" : null;
            default:
                return null;
        }
    }

    private static int kindEnd(String s, int wordStart, int wordEnd, String w) {
        Matcher tail = KIND_TAIL.matcher(s.substring(wordEnd));
        if ((w.equals("lost") || w.equals("forced") || w.equals("unaccounted")) && tail.find()) {
            return wordEnd + tail.end();
        }
        return wordEnd;
    }

    private static String kindOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("wound") || v.startsWith("injur")) {
            return "injured";
        }
        if (v.startsWith("displac")) {
            return "displaced";
        }
        return "killed";
    }
}
