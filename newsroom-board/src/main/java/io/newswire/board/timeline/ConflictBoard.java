package io.newswire.board.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one conflict, gathered from the store {@code conflict-facts} ({@link ConflictFacts}): the articles of
 * its stories, the alerts at their latest versions and the stories themselves. Timelines and series are drawn from
 * these facts when asked for ({@link ConflictTimeline}), so that a fact arriving late takes its place in time.
 */
public record ConflictBoard(String conflict, Instant updatedAt, List<StoryRef> stories, List<ConflictArticle> articles,
                            List<StoryAlert> alerts) {

    /** A story of the conflict: its id, headline and first sighting. */
    public record StoryRef(String storyId, String headline, Instant firstSeen) {
    }

    /** An article of the conflict with the story it belongs to. */
    public record ConflictArticle(String storyId, StoryArticle article) {
    }

    public ConflictBoard {
        stories = stories == null ? List.of() : List.copyOf(stories);
        articles = articles == null ? List.of() : List.copyOf(articles);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    /**
     * The conflict drawn from its facts in any order: each article once, each alert at its latest version, each
     * story at its first sighting.
     */
    public static ConflictBoard of(String conflict, List<ConflictFact> facts) {
        Map<String, ConflictArticle> articles = new LinkedHashMap<>();
        Map<String, StoryAlert> alerts = new LinkedHashMap<>();
        Map<String, StoryRef> stories = new LinkedHashMap<>();
        Instant updated = null;
        for (ConflictFact fact : facts) {
            Instant at;
            if (fact.article() != null) {
                articles.putIfAbsent(fact.article().itemId(), new ConflictArticle(fact.storyId(), fact.article()));
                at = fact.article().reportedAt();
            } else {
                alerts.merge(fact.alert().alertId(), fact.alert(), (a, b) -> a.version() >= b.version() ? a : b);
                at = fact.alert().updatedAt();
            }
            StoryRef story = stories.get(fact.storyId());
            if (story == null) {
                stories.put(fact.storyId(), new StoryRef(fact.storyId(), fact.headline(), at));
            } else if (at != null && (story.firstSeen() == null || at.isBefore(story.firstSeen()))) {
                stories.put(fact.storyId(), new StoryRef(fact.storyId(), story.headline(), at));
            }
            updated = updated == null || (at != null && at.isAfter(updated)) ? at : updated;
        }
        return new ConflictBoard(conflict, updated, new ArrayList<>(stories.values()),
                new ArrayList<>(articles.values()), new ArrayList<>(alerts.values()));
    }
}
