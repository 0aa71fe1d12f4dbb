package io.newswire.board.timeline;

import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Talks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one article of a story states, as the board keeps it: who published it and when, the talks status, venue
 * and mediators it reports, its casualty figures, the parties it names and the sentences that say so.
 */
public record StoryArticle(String itemId, String outlet, String title, String link, Instant reportedAt,
                           String duplicateOf, String talksStatus, String venue, List<String> mediators,
                           List<Figure> figures, List<String> parties, List<EvidenceLine> evidence) {

    public StoryArticle {
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        figures = figures == null ? List.of() : List.copyOf(figures);
        parties = parties == null ? List.of() : List.copyOf(parties);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static StoryArticle of(Article a) {
        Talks talks = a.tags().talks();
        Map<String, EvidenceLine> evidence = new LinkedHashMap<>();
        if (talks.present()) {
            talks.evidence().forEach(e -> add(evidence, e, "talks"));
        }
        List<Figure> figures = new ArrayList<>();
        for (Casualty c : a.tags().casualties()) {
            Figure figure = Figure.of(c);
            if (figure != null) {
                figures.add(figure);
                add(evidence, c.evidence(), "casualties");
            }
        }
        a.tags().parties().forEach(p -> add(evidence, p.evidence(), "parties"));
        List<String> parties = a.tags().parties().stream().map(Party::name).filter(Objects::nonNull).distinct()
                .toList();
        Instant reported = a.publishedAt() != null ? a.publishedAt() : a.discoveredAt();
        return new StoryArticle(a.itemId(), a.source(), a.title(), a.link(), reported, a.duplicateOf(),
                talks.present() ? blankToNull(talks.status()) : null,
                talks.present() ? blankToNull(talks.venue()) : null,
                talks.mediators(), figures, parties, List.copyOf(evidence.values()));
    }

    private static void add(Map<String, EvidenceLine> evidence, Evidence e, String kind) {
        if (e != null && e.sentence() != null && !e.sentence().isBlank()) {
            evidence.putIfAbsent(e.sentence().strip(), new EvidenceLine(e.sentence().strip(), kind));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
