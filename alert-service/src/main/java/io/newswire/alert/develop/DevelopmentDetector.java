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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides what an article brings that its conflict has not seen, whatever the wording: a move of the talks to
 * another phase, a new venue (a city of a country already named is the same venue) or mediator, a casualty figure
 * above the last one from the same source, the first figure of a kind, a newly involved party. Each kind of
 * development makes at most one alert per article, listing its changes; the article's new alerts make one
 * bulletin. An article of a story that already has alerts adds its source to them (a new version, same id); a copy
 * of the story ({@code duplicateOf}) does only that. A pure function of the states and the article, so Streams can
 * replay it.
 */
public final class DevelopmentDetector {

    static final String UNATTRIBUTED = "no source given";
    private static final int MAX_EVIDENCE = 4;
    private static final String PERSON = "person";
    private static final String TOTAL = "total";

    private final PlaceList places;
    private final TalksPhases phases;

    public DevelopmentDetector(ConflictKnowledge knowledge) {
        this.places = knowledge.places();
        this.phases = knowledge.phases();
    }

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
        if (!copy && aboutAConflict(conflict, article)) {
            Draft talks = talks(next, article);
            Draft casualties = casualties(talks.state(), article, story.storyId());
            Draft parties = parties(casualties.state(), article, talks.mediators);
            next = parties.state();
            for (Draft draft : List.of(talks, casualties, parties)) {
                if (!draft.changes.isEmpty()) {
                    created.add(newAlert(draft, conflict.conflict(), story.storyId(), article, source, at));
                }
            }
        }
        List<Alert> current = new ArrayList<>(updated);
        current.addAll(created);
        return new Detection(next, story.with(article.itemId(), current), current,
                bulletin(created, conflict.conflict(), story.storyId(), article, source, at));
    }

    /**
     * An article is about a conflict when it or its story has one, or when it names a state, group or agency: a
     * league's "peace talks" or a strike's "casualties" without either are not a war's developments.
     */
    private static boolean aboutAConflict(ConflictState state, Article article) {
        return state.conflict() != null
                || article.tags().parties().stream().anyMatch(p -> p.name() != null && !PERSON.equals(p.kind()));
    }

    private static Alert newAlert(Draft draft, String conflict, String storyId, Article article, AlertSource source,
                                  Instant at) {
        String headline = article.title() == null || article.title().isBlank() ? draft.changes.get(0).change()
                : article.title();
        List<String> parties = article.tags().parties().stream().map(Party::name).distinct().toList();
        List<String> changes = draft.changes.stream().map(Development::change).toList();
        String id = AlertIds.of(storyId, draft.kind, article.itemId(), changes);
        List<Development> developments = draft.changes.stream()
                .map(d -> new Development(d.type(), d.kind(), id, d.change())).toList();
        return new Alert(id, storyId, conflict, draft.kind, 1, headline, changes, List.copyOf(draft.evidence),
                List.of(source), at, at, parties, developments, draft.otherSources);
    }

    /** One bulletin for all the new alerts of one article; none when it only added its source. */
    private static AlertBulletin bulletin(List<Alert> created, String conflict, String storyId, Article article,
                                          AlertSource source, Instant at) {
        if (created.isEmpty()) {
            return null;
        }
        List<Development> developments = created.stream().flatMap(alert -> alert.developments().stream()).toList();
        String id = AlertIds.bulletin(storyId, article.itemId(),
                developments.stream().map(Development::change).toList());
        return new AlertBulletin(id, article.itemId(), storyId, conflict, created.get(0).headline(), source,
                developments, created, created.get(0).parties(), at);
    }

    /**
     * The status is a timeline of phases: a status in the current phase ("ongoing" after "resumed") is no change,
     * and a report published before the one that set the status cannot turn it back.
     */
    private Draft talks(ConflictState state, Article article) {
        Talks talks = article.tags().talks();
        Draft draft = new Draft(AlertKind.TALKS, state);
        if (!talks.present()) {
            return draft;
        }
        String status = talks.status() == null || talks.status().isBlank() ? null
                : talks.status().strip().toLowerCase(Locale.ROOT);
        Instant reported = reportedAt(article);
        boolean newer = state.talksStatusAt() == null || reported == null || !reported.isBefore(state.talksStatusAt());
        if (status != null && newer && !phases.samePhase(state.talksStatus(), status)) {
            draft.change(ChangeType.STATUS_CHANGE, state.talksStatus() == null ? "Talks " + words(status)
                    : "Talks status: " + words(state.talksStatus()) + " → " + words(status));
            draft.state(draft.state().withTalksStatus(status, reported));
        }
        String venue = talks.venue() == null ? null : talks.venue().strip();
        if (venue != null && !venue.isEmpty()) {
            if (!places.isKnownVenue(state.venues(), venue)) {
                draft.change(ChangeType.NEW_VENUE, "New venue: " + venue);
            }
            draft.state(draft.state().withVenue(venue));
        }
        List<String> mediators = talks.mediators().stream().filter(Objects::nonNull).map(String::strip)
                .filter(m -> !m.isEmpty() && !ConflictState.containsName(state.mediators(), m)).distinct().toList();
        if (!mediators.isEmpty()) {
            draft.change(ChangeType.NEW_MEDIATOR, (mediators.size() == 1 ? "New mediator: " : "New mediators: ")
                    + String.join(", ", mediators));
            draft.state(draft.state().withMediators(mediators));
            draft.mediators.addAll(mediators);
        }
        if (!draft.changes.isEmpty()) {
            talks.evidence().forEach(draft::evidence);
        }
        return draft;
    }

    /**
     * Per (kind, source, scope) series the article's highest figure is compared with the series' last one: above
     * it is a revision, equal is nothing, below it is noted. A source's first figure is a development only when no
     * quoted source has given that kind of figure yet; otherwise it is noted beside the series. Noted figures are shown
     * with the conflict's casualty alerts ({@code otherSources}), never reported as a revision.
     */
    private Draft casualties(ConflictState state, Article article, String storyId) {
        Draft draft = new Draft(AlertKind.CASUALTIES, state);
        Map<CasualtyFigure, List<Casualty>> bySeries = new LinkedHashMap<>();
        for (Casualty c : article.tags().casualties()) {
            if (!c.vague() && c.kind() != null && c.count() > 0) {
                CasualtyFigure key = series(c, storyId, 0);
                bySeries.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<CasualtyFigure> alerted = new ArrayList<>();
        for (List<Casualty> figures : bySeries.values()) {
            Casualty highest = figures.stream().max(Comparator.comparingLong(Casualty::count)).orElseThrow();
            CasualtyFigure figure = series(highest, storyId, highest.count());
            CasualtyFigure last = draft.state().lastFigure(figure);
            String what = count(figure.count()) + " " + figure.kind() + ", " + figure.source();
            if (last == null && !draft.state().hasAttributedMeasure(figure)) {
                draft.change(ChangeType.FIRST_FIGURE, "Casualties: " + what);
            } else if (last != null && figure.count() > last.count()) {
                draft.change(ChangeType.REVISION, "Casualties revised: " + count(last.count()) + " → " + what);
            } else {
                if (last == null || figure.count() < last.count()) {
                    draft.state(draft.state().withNoted(figure));
                }
                continue;
            }
            draft.state(draft.state().withFigure(figure));
            alerted.add(figure);
            draft.evidence(highest.evidence());
        }
        for (CasualtyFigure figure : alerted) {
            draft.otherSources.addAll(beside(draft.state(), figure));
        }
        return draft;
    }

    /** What the conflict holds beside a series: other sources' figures of the same measure, and lower ones. */
    private static List<String> beside(ConflictState state, CasualtyFigure series) {
        List<String> out = new ArrayList<>();
        state.figures().stream().filter(f -> f.sameMeasure(series) && !f.sameSeries(series))
                .forEach(f -> out.add(f.source() + ": " + count(f.count()) + " " + f.kind()));
        state.noted().stream().filter(f -> f.sameMeasure(series))
                .forEach(f -> out.add(f.source() + (f.sameSeries(series) ? " (lower figure)" : "") + ": "
                        + count(f.count()) + " " + f.kind()));
        return out.stream().distinct().toList();
    }

    /**
     * A figure's series. The source is the tagger's canonical name; a figure without one, or attributed to a place
     * (a place reports nothing: "the ministry in Gaza" misread), is in the series of figures with no source given.
     */
    private CasualtyFigure series(Casualty c, String storyId, long count) {
        String attributed = c.attributedTo() == null ? "" : c.attributedTo().strip();
        String source = attributed.isEmpty() || places.isPlace(attributed) ? UNATTRIBUTED : attributed;
        return new CasualtyFigure(source, c.kind().strip().toLowerCase(Locale.ROOT), c.cumulative() ? TOTAL : "incident:" + storyId, count);
    }

    /**
     * Persons are left out (a new official speaking for a known party does not involve a new party), and so are
     * the mediators this article already reports as new.
     */
    private static Draft parties(ConflictState state, Article article, List<String> newMediators) {
        Draft draft = new Draft(AlertKind.PARTIES, state);
        List<Party> added = new ArrayList<>();
        for (Party party : article.tags().parties()) {
            if (party.name() != null && !PERSON.equals(party.kind())
                    && !ConflictState.containsName(state.parties(), party.name())
                    && !ConflictState.containsName(newMediators, party.name())
                    && added.stream().noneMatch(p -> p.name().equalsIgnoreCase(party.name()))) {
                added.add(party);
            }
        }
        List<String> names = added.stream().map(Party::name).toList();
        List<String> involved = new ArrayList<>(names);
        involved.addAll(newMediators);
        draft.state(state.withParties(involved));
        if (!added.isEmpty()) {
            draft.change(ChangeType.NEW_PARTY, "Newly involved: " + String.join(", ", names));
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
        private final List<Development> changes = new ArrayList<>();
        private final Set<String> evidence = new LinkedHashSet<>();
        private final List<String> otherSources = new ArrayList<>();
        private final List<String> mediators = new ArrayList<>();
        private ConflictState state;

        Draft(AlertKind kind, ConflictState state) {
            this.kind = kind;
            this.state = state;
        }

        ConflictState state() {
            return state;
        }

        void state(ConflictState next) {
            state = next;
        }

        void change(ChangeType type, String change) {
            changes.add(new Development(type, kind, null, change));
        }

        void evidence(Evidence e) {
            if (e != null && e.sentence() != null && !e.sentence().isBlank() && evidence.size() < MAX_EVIDENCE) {
                evidence.add(e.sentence().strip());
            }
        }
    }
}
