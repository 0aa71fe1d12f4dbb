package io.newswire.enrich.tag;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text to {@link Tags}: talks, casualties and parties, each with its evidence (sentence and offsets in the
 * original text). Pure and thread-safe: all patterns and the alias index are built once per gazetteer.
 */
public final class ArticleTagger {

    private final Gazetteer gazetteer;
    private final AliasIndex aliases;
    private final PartyTagger parties = new PartyTagger();
    private final TalksTagger talks;
    private final CasualtyExtractor casualties;
    private final OpenWorldActors openWorld;

    public ArticleTagger(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.bundled());
    }

    public ArticleTagger(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.aliases = new AliasIndex(gazetteer);
        this.talks = new TalksTagger(gazetteer, lexicon);
        this.casualties = new CasualtyExtractor(lexicon);
        this.openWorld = new OpenWorldActors(lexicon);
    }

    public static ArticleTagger withBundledGazetteer() {
        return new ArticleTagger(Gazetteer.bundled(), Lexicon.bundled());
    }

    public Tags tag(String text) {
        if (text == null || text.isBlank()) {
            return Tags.NONE;
        }
        CleanText clean = TextCleaner.clean(text);
        Evidences evidences = new Evidences(clean, gazetteer);
        List<Clause> clauses = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(clean.text())) {
            boolean lineStart = s.start() == 0 || clean.text().charAt(s.start() - 1) == '\n';
            clauses.add(Clause.of(s, lineStart, aliases));
        }
        List<Party> found = new ArrayList<>(parties.tag(clauses, evidences));
        for (Party p : openWorld.find(clauses, evidences)) {
            if (found.stream().noneMatch(f -> f.name().equals(p.name()))) {
                found.add(p);
            }
        }
        Talks t = talks.tag(clauses, sides(clauses), evidences);
        List<Casualty> c = casualties.extract(clauses, evidences);
        return new Tags(t, c, withMediators(found, t));
    }

    /** The fighting sides a mediator cannot be: named armed groups and the partners of talks or truces. */
    private static List<Mention> sides(List<Clause> clauses) {
        List<Mention> out = new ArrayList<>();
        for (Clause c : clauses) {
            for (Mention m : c.mentions()) {
                String before = c.word(m.firstToken(), -1);
                boolean hyphenPair = c.gap(m.lastToken(), m.lastToken() + 1).equals("-")
                        && c.mentionAt(m.lastToken() + 1) != null
                        || c.gap(m.firstToken() - 1, m.firstToken()).equals("-");
                if (m.entry().kind() == ActorKind.ARMED_GROUP || before.equals("with") || before.equals("between")
                        || hyphenPair) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Every mediator is also a party. */
    private List<Party> withMediators(List<Party> found, Talks t) {
        if (t.mediators().isEmpty()) {
            return found;
        }
        Map<String, Party> byName = new LinkedHashMap<>();
        found.forEach(p -> byName.put(p.name(), p));
        for (String m : t.mediators()) {
            GazetteerEntry e = gazetteer.entry(m);
            byName.computeIfAbsent(m, n -> new Party(n, e.kind().wireName(), e.affiliation(),
                    t.evidence().isEmpty() ? null : t.evidence().get(0)));
        }
        return new ArrayList<>(byName.values());
    }
}
