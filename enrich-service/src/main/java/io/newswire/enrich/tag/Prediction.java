package io.newswire.enrich.tag;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One passage's tags in the evaluation format that ../shared/tools/score_tags.py reads: talks (present,
 * status, venue, mediators), casualties (count as an integer or [low, high], kind, qualifier, attributed_to,
 * cumulative, span) and party names.
 */
public final class Prediction {

    private Prediction() {
    }

    public static Map<String, Object> of(String id, String text, Tags tags) {
        Map<String, Object> talks = new LinkedHashMap<>();
        talks.put("present", tags.talks().present());
        talks.put("status", tags.talks().status());
        talks.put("venue", tags.talks().venue());
        talks.put("mediators", tags.talks().mediators());
        List<Map<String, Object>> casualties = tags.casualties().stream().map(c -> casualty(c, text)).toList();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("talks", talks);
        row.put("casualties", casualties);
        row.put("parties", tags.parties().stream().map(Party::name).toList());
        return row;
    }

    private static Map<String, Object> casualty(Casualty c, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", c.isRange() ? List.of(c.count(), c.countHigh()) : c.count());
        m.put("kind", c.kind());
        m.put("qualifier", c.qualifier());
        m.put("vague", c.vague());
        m.put("attributed_to", c.attributedTo());
        m.put("cumulative", c.cumulative());
        m.put("span", c.evidence() == null ? null : text.substring(c.evidence().start(), c.evidence().end()));
        return m;
    }
}
