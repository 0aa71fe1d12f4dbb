package io.newswire.board.timeline;

import io.newswire.core.event.AlertSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as {@code /api/stories/{id}} gives it (schema {@code story.schema.json}): the outlets that carried it,
 * the evidence sentences with the outlet that wrote them (an alert's sentence whose article the board has not read
 * names none), the parties and the alerts.
 */
public record StoryView(String id, String conflict, String headline, Instant firstSeen, Instant updatedAt,
                        List<AlertSource> sources, List<StoryEvidence> evidence, List<String> parties,
                        List<StoryAlert> developments) {

    /** A sentence of the story quoted as evidence of a kind of development. */
    public record StoryEvidence(String sentence, String kind, String outlet, String itemId) {
    }

    public static StoryView of(StoryBoard board) {
        Map<String, StoryEvidence> evidence = new LinkedHashMap<>();
        Set<String> parties = new LinkedHashSet<>();
        for (StoryArticle article : board.articles()) {
            for (EvidenceLine line : article.evidence()) {
                evidence.putIfAbsent(line.sentence(),
                        new StoryEvidence(line.sentence(), line.kind(), article.outlet(), article.itemId()));
            }
            parties.addAll(article.parties());
        }
        for (StoryAlert alert : board.alerts()) {
            for (String sentence : alert.evidence()) {
                evidence.putIfAbsent(sentence.strip(), new StoryEvidence(sentence.strip(), alert.kind(), null, null));
            }
        }
        return new StoryView(board.storyId(), board.conflict(), board.headline(), board.firstSeen(),
                board.updatedAt(), board.sources(), new ArrayList<>(evidence.values()), List.copyOf(parties),
                board.alerts());
    }
}
