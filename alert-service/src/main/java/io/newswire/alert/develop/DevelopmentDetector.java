package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Talks;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what an article brings that its conflict has not seen: a talks status change, a new venue or mediator, a
 * casualty figure above the last one from the same source, a newly involved party. Each kind of development makes
 * at most one alert per article, listing every change of that kind. An article of a story that already has alerts
 * adds its source to them (a new version, same id); a copy of the story ({@code duplicateOf}) does only that.
 * A pure function of the states and the article, so Streams can replay it.
 */
public final class DevelopmentDetector {

    static final String UNATTRIBUTED = "no source given";
    private static final int MAX_EVIDENCE = 4;
    private static final String PERSON = "person";

    public Detection detect(ConflictState conflict, StoryState story, Article article, Instant at) {
        if (story.hasSeen(article.itemId())) {
            return new Detection(conflict, story, List.of(), null);
        }
        AlertSource source = new AlertSource(article.source(), article.title(), article.link(), article.itemId(),
                article.publishedAt());
        List<Alert> updated = story.alerts().stream().map(alert -> alert.withSource(source, at)).toList();
        List<Alert> created = new ArrayList<>();
        ConflictState next = conflict;
        boolean copy = article.duplicateOf() != null && !story.alerts().isEmpty();
        if (!copy) {
            Draft talks = talks(next, article);
            Draft casualties = casualties(talks.state(), article);
            Draft parties = parties(casualties.state(), article);
            next = parties.state();
            for (Draft draft : List.of(talks, casualties, parties)) {
                if (!draft.changes().isEmpty()) {
                    created.add(newAlert(draft, conflict.conflict(), story.storyId(), article, source, at));
                }
            }
        }
        List<Alert> current = new ArrayList<>(updated);
        current.addAll(created);
        return new Detection(next, story.with(article.itemId(), current), current,
                bulletin(created, conflict.conflict(), story.storyId(), article, source, at));
    }

    /** One bulletin for all the new alerts of one article; none when it only added its source. */
    private static AlertBulletin bulletin(List<Alert> created, String conflict, String storyId, Article article,
                                          AlertSource source, Instant at) {
        if (created.isEmpty()) {
            return null;
        }
        List<Development> developments = created.stream().flatMap(alert -> alert.developments().stream()).toList();
        String id = AlertIds.bulletin(storyId, article.itemId(), developments.stream().map(Development::change).toList());
        return new AlertBulletin(id, article.itemId(), storyId, conflict, created.get(0).headline(), source,
                developments, created, created.get(0).parties(), at);
    }

    private static Alert newAlert(Draft draft, String conflict, String storyId, Article article, AlertSource source,
                                  Instant at) {
        String headline = article.title() == null || article.title().isBlank() ? draft.changes().get(0)
                : article.title();
        List<String> parties = article.tags().parties().stream().map(Party::name).distinct().toList();
        String id = AlertIds.of(storyId, draft.kind(), article.itemId(), draft.changes());
        return new Alert(id, storyId, conflict, draft.kind(), 1, headline, draft.changes(), draft.evidence(),
                List.of(source), at, at, parties, draft.developments(id), List.of());
    }

    private static Draft talks(ConflictState state, Article article) {
        Talks talks = article.tags().talks();
        Draft draft = new Draft(AlertKind.TALKS, state);
        if (!talks.present()) {
            return draft;
        }
        String status = talks.status() == null ? null : talks.status().strip().toLowerCase(Locale.ROOT);
        Instant reported = reportedAt(article);
        boolean newer = state.talksStatusAt() == null || reported == null || !reported.isBefore(state.talksStatusAt());
        if (status != null && !status.isEmpty() && !status.equals(state.talksStatus()) && newer) {
            draft.change(ChangeType.STATUS_CHANGE, state.talksStatus() == null ? "Talks " + words(status)
                    : "Talks status: " + words(state.talksStatus()) + " → " + words(status));
            draft.state(draft.state().withTalksStatus(status, reported));
        }
        String venue = talks.venue() == null ? null : talks.venue().strip();
        if (venue != null && !venue.isEmpty() && !ConflictState.containsName(state.venues(), venue)) {
            draft.change(ChangeType.NEW_VENUE, "New venue: " + venue);
            draft.state(draft.state().withVenue(venue));
        }
        List<String> mediators = talks.mediators().stream().filter(Objects::nonNull).map(String::strip)
                .filter(m -> !m.isEmpty() && !ConflictState.containsName(state.mediators(), m)).distinct().toList();
        if (!mediators.isEmpty()) {
            draft.change(ChangeType.NEW_MEDIATOR, (mediators.size() == 1 ? "New mediator: " : "New mediators: ") + String.join(", ", mediators));
            draft.state(draft.state().withMediators(mediators));
        }
        if (!draft.changes().isEmpty()) {
            talks.evidence().forEach(draft::evidence);
        }
        return draft;
    }

    /**
     * Per source, kind and scope the article's highest figure is compared with the conflict's last one. The first
     * figure of a series is a development too; when the article itself gives a lower figure of the same series
     * first (an earlier count it then updates), the change quotes it as the previous figure.
     */
    private static Draft casualties(ConflictState state, Article article) {
        Draft draft = new Draft(AlertKind.CASUALTIES, state);
        Map<String, List<Casualty>> bySeries = new LinkedHashMap<>();
        for (Casualty c : article.tags().casualties()) {
            if (!c.vague() && c.kind() != null && c.count() > 0) {
                bySeries.computeIfAbsent(series(c).source().toLowerCase(Locale.ROOT) + '\n' + c.kind() + '\n'
                        + series(c).scope(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Casualty> figures : bySeries.values()) {
            Casualty highest = figures.stream().max((a, b) -> Long.compare(a.count(), b.count())).orElseThrow();
            CasualtyFigure figure = series(highest);
            CasualtyFigure last = draft.state().lastFigure(figure);
            if (last != null && last.count() >= figure.count()) {
                continue;
            }
            Long previous = last != null ? Long.valueOf(last.count()) : figures.stream().map(Casualty::count)
                    .filter(count -> count < highest.count()).min(Long::compare).orElse(null);
            String what = count(figure.count()) + " " + figure.kind() + ", " + figure.source();
            if (previous == null) {
                draft.change(ChangeType.FIRST_FIGURE, "Casualties: " + what);
            } else {
                draft.change(ChangeType.REVISION, "Casualties revised: " + count(previous) + " → " + what);
            }
            draft.state(draft.state().withFigure(figure));
            figures.stream().filter(c -> last == null || c.count() > last.count()).map(Casualty::evidence)
                    .forEach(draft::evidence);
        }
        return draft;
    }

    private static CasualtyFigure series(Casualty c) {
        String source = c.attributedTo() == null || c.attributedTo().isBlank() ? UNATTRIBUTED
                : c.attributedTo().strip();
        return new CasualtyFigure(source, c.kind().strip().toLowerCase(Locale.ROOT),
                c.cumulative() ? "total" : "incident", c.count());
    }

    /** Persons are left out: a new official speaking for a known party does not involve a new party. */
    private static Draft parties(ConflictState state, Article article) {
        Draft draft = new Draft(AlertKind.PARTIES, state);
        List<Party> added = new ArrayList<>();
        for (Party party : article.tags().parties()) {
            if (party.name() != null && !PERSON.equals(party.kind())
                    && !ConflictState.containsName(state.parties(), party.name())
                    && added.stream().noneMatch(p -> p.name().equalsIgnoreCase(party.name()))) {
                added.add(party);
            }
        }
        if (!added.isEmpty()) {
            draft.change(ChangeType.NEW_PARTY, "Newly involved: " + String.join(", ", added.stream().map(Party::name).toList()));
            draft.state(state.withParties(added.stream().map(Party::name).toList()));
            added.stream().map(Party::evidence).forEach(draft::evidence);
        }
        return draft;
    }

    private static Instant reportedAt(Article article) {
        return article.publishedAt() != null ? article.publishedAt() : article.discoveredAt();
    }

    private static String words(String status) {
        return status.replace('_', ' ');
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** The changes of one kind found so far, their evidence and the conflict state they lead to. */
    private static final class Draft {
        private final AlertKind kind;
        private final List<String> changes = new ArrayList<>();
        private final List<ChangeType> types = new ArrayList<>();
        private final Set<String> evidence = new LinkedHashSet<>();
        private ConflictState state;

        Draft(AlertKind kind, ConflictState state) {
            this.kind = kind;
            this.state = state;
        }

        AlertKind kind() {
            return kind;
        }

        ConflictState state() {
            return state;
        }

        void state(ConflictState next) {
            state = next;
        }

        List<String> changes() {
            return changes;
        }

        void change(ChangeType type, String change) {
            types.add(type);
            changes.add(change);
        }

        List<Development> developments(String alertId) {
            List<Development> out = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                out.add(new Development(types.get(i), kind, alertId, changes.get(i)));
            }
            return out;
        }

        void evidence(Evidence e) {
            if (e != null && e.sentence() != null && !e.sentence().isBlank() && evidence.size() < MAX_EVIDENCE) {
                evidence.add(e.sentence().strip());
            }
        }

        List<String> evidence() {
            return List.copyOf(evidence);
        }
    }
}
