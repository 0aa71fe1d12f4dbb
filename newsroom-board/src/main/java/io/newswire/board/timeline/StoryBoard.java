package io.newswire.board.timeline;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the board knows of one story (store {@code story-boards}, key: story id): its conflict as the alerts
 * name it, its articles, its alerts at their latest versions and the outlets that carried it. {@code forwarded}
 * lists the facts already handed to the conflict ({@code item:<id>}, {@code alert:<id>@<version>}), so that a
 * replay or a late conflict hands each one over exactly once.
 */
public record StoryBoard(String storyId, String conflict, String headline, Instant firstSeen, Instant updatedAt,
                         List<StoryArticle> articles, List<StoryAlert> alerts, List<AlertSource> sources,
                         List<String> forwarded) {

    public StoryBoard {
        articles = articles == null ? List.of() : List.copyOf(articles);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        sources = sources == null ? List.of() : List.copyOf(sources);
        forwarded = forwarded == null ? List.of() : List.copyOf(forwarded);
    }

    public static StoryBoard empty(String storyId) {
        return new StoryBoard(storyId, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    /** The story with one more article; an article already held changes nothing. */
    public StoryBoard with(StoryArticle article) {
        if (articles.stream().anyMatch(a -> a.itemId().equals(article.itemId()))) {
            return this;
        }
        List<StoryArticle> next = new ArrayList<>(articles);
        next.add(article);
        next.sort(Comparator.comparing(StoryArticle::reportedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        AlertSource source = new AlertSource(article.outlet(), article.title(), article.link(), article.itemId(),
                article.reportedAt());
        return new StoryBoard(storyId, conflict, headline != null ? headline : article.title(),
                earliest(firstSeen, article.reportedAt()), latest(updatedAt, article.reportedAt()), next, alerts,
                plus(sources, List.of(source)), forwarded);
    }

    /** The story with an alert version; an older or equal version of an alert already held changes nothing. */
    public StoryBoard with(Alert alert) {
        StoryAlert held = alerts.stream().filter(a -> a.alertId().equals(alert.alertId())).findFirst().orElse(null);
        if (held != null && held.version() >= alert.version()) {
            return this;
        }
        List<StoryAlert> next = new ArrayList<>(alerts.stream().filter(a -> a != held).toList());
        next.add(StoryAlert.of(alert));
        next.sort(Comparator.comparing(StoryAlert::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())));
        String named = alert.conflict() != null && !alert.conflict().isBlank() ? alert.conflict() : conflict;
        String storyHeadline = alerts.isEmpty() && alert.headline() != null ? alert.headline() : headline;
        return new StoryBoard(storyId, named, storyHeadline,
                earliest(firstSeen, alert.firstSeen()), latest(updatedAt, alert.updatedAt()), articles, next,
                plus(sources, alert.sources()), forwarded);
    }

    /** The facts the conflict has not been given yet; none while no alert has named the story's conflict. */
    public List<ConflictFact> pendingFacts() {
        if (conflict == null) {
            return List.of();
        }
        List<ConflictFact> facts = new ArrayList<>();
        for (StoryArticle article : articles) {
            if (!forwarded.contains(factKey(article))) {
                facts.add(new ConflictFact(storyId, headline, article, null));
            }
        }
        for (StoryAlert alert : alerts) {
            if (!forwarded.contains(factKey(alert))) {
                facts.add(new ConflictFact(storyId, headline, null, alert));
            }
        }
        return facts;
    }

    /** The story once the given facts are handed to its conflict. */
    public StoryBoard forwarding(List<ConflictFact> facts) {
        List<String> next = new ArrayList<>(forwarded);
        for (ConflictFact fact : facts) {
            next.add(fact.article() != null ? factKey(fact.article()) : factKey(fact.alert()));
        }
        return new StoryBoard(storyId, conflict, headline, firstSeen, updatedAt, articles, alerts, sources, next);
    }

    private static String factKey(StoryArticle article) {
        return "item:" + article.itemId();
    }

    private static String factKey(StoryAlert alert) {
        return "alert:" + alert.alertId() + "@" + alert.version();
    }

    /** Sources by item id, the first report of each kept. */
    private static List<AlertSource> plus(List<AlertSource> held, List<AlertSource> added) {
        List<AlertSource> next = new ArrayList<>(held);
        for (AlertSource source : added) {
            if (next.stream().noneMatch(s -> Objects.equals(s.itemId(), source.itemId()))) {
                next.add(source);
            }
        }
        return next;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
