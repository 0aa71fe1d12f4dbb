package io.newswire.board.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one conflict (store {@code conflict-boards}, key: conflict id): the articles of its stories, the
 * alerts at their latest versions and the stories themselves. Timelines and series are drawn from these facts when
 * asked for ({@link ConflictTimeline}), so that a fact arriving late takes its place in time.
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

    public static ConflictBoard empty(String conflict) {
        return new ConflictBoard(conflict, null, List.of(), List.of(), List.of());
    }

    /** The conflict with one more fact; a fact it holds already (an article, an alert version) changes nothing. */
    public ConflictBoard with(ConflictFact fact) {
        List<StoryRef> nextStories = new ArrayList<>(stories);
        List<ConflictArticle> nextArticles = new ArrayList<>(articles);
        List<StoryAlert> nextAlerts = new ArrayList<>(alerts);
        Instant at;
        if (fact.article() != null) {
            StoryArticle article = fact.article();
            if (articles.stream().anyMatch(a -> a.article().itemId().equals(article.itemId()))) {
                return this;
            }
            nextArticles.add(new ConflictArticle(fact.storyId(), article));
            at = article.reportedAt();
        } else {
            StoryAlert alert = fact.alert();
            StoryAlert held = alerts.stream().filter(a -> a.alertId().equals(alert.alertId())).findFirst()
                    .orElse(null);
            if (held != null && held.version() >= alert.version()) {
                return this;
            }
            nextAlerts.remove(held);
            nextAlerts.add(alert);
            at = alert.updatedAt();
        }
        if (stories.stream().noneMatch(s -> s.storyId().equals(fact.storyId()))) {
            nextStories.add(new StoryRef(fact.storyId(), fact.headline(), at));
        }
        Instant updated = updatedAt == null || (at != null && at.isAfter(updatedAt)) ? at : updatedAt;
        return new ConflictBoard(conflict, updated, nextStories, nextArticles, nextAlerts);
    }
}
