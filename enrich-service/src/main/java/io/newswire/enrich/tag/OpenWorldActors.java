package io.newswire.enrich.tag;

import io.newswire.core.event.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors the gazetteer does not know, found by how the text introduces them: a person after an office title
 * ("war cabinet minister Gadi Eisenkot", "ambassador to the UN Gilad Erdan") and a group introduced as one ("a
 * group calling itself the Islamic Army in Iraq"). Spokespeople are sources, not actors (guide §3), so their
 * title is not an office.
 */
final class OpenWorldActors {

    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'\u2019-]+";
    private static final String PERSON = NAME_WORD + "(?:\\s+(?:al-|el-|bin\\s+|de\\s+|van\\s+)?" + NAME_WORD + "){1,2}";

    private final Pattern titled;
    private final Pattern introducedGroup;

    OpenWorldActors(Lexicon lexicon) {
        String titles = String.join("|", lexicon.actors().titles().stream().map(Pattern::quote).toList());
        this.titled = Pattern.compile("\\b(?i:" + titles + ")(?:\\s+(?i:to|of)\\s+(?:the\\s+)?\\S+)?\\s+(?<name>"
                + PERSON + ")\\b");
        String groups = String.join("|", lexicon.actors().groupNouns().stream().map(Pattern::quote).toList());
        this.introducedGroup = Pattern.compile("\\b(?i:" + groups + ")\\s+(?i:calling itself|called|known as|named)"
                + "\\s+(?:the\\s+)?(?<name>" + NAME_WORD + "(?:\\s+(?:of|in|for|the)?\\s*" + NAME_WORD + "){0,5})");
    }

    List<Party> find(List<Clause> clauses, Evidences evidences) {
        List<Party> out = new ArrayList<>();
        for (Clause c : clauses) {
            add(out, c, evidences, titled.matcher(c.text()), ActorKind.PERSON);
            add(out, c, evidences, introducedGroup.matcher(c.text()), ActorKind.ARMED_GROUP);
        }
        return out;
    }

    private static void add(List<Party> out, Clause c, Evidences evidences, Matcher m, ActorKind kind) {
        while (m.find()) {
            int start = m.start("name");
            int end = m.end("name");
            if (start < c.datelineEnd() || mentionAtStart(c, start) || kind == ActorKind.PERSON
                    && knownPersonWithin(c, start, end) || Set.of("The", "A").contains(m.group("name"))) {
                continue;
            }
            String name = m.group("name");
            if (out.stream().noneMatch(p -> p.name().equals(name))) {
                out.add(new Party(name, kind.wireName(), null, evidences.of(c, start, end)));
            }
        }
    }

    /** "President Tayyip Erdogan" holds the known "Erdogan": the gazetteer already names that person. */
    private static boolean knownPersonWithin(Clause c, int start, int end) {
        return c.mentions().stream().anyMatch(m -> m.entry().isPerson() && start <= m.start() && m.end() <= end);
    }

    /** A known name at the start is that actor; one inside a longer name ("Islamic Army in Iraq") is not. */
    private static boolean mentionAtStart(Clause c, int start) {
        for (Mention m : c.mentions()) {
            if (m.start() <= start && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
