package io.newswire.alert.develop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is already known of one conflict (or of one story whose conflict is unknown), against which an article's
 * tags are new or not: the talks' latest status (and when the report that set it was published, so an older report
 * cannot turn it back), the venues and mediators seen, the parties involved, the last figure of each casualty
 * series, and the figures noted beside the series (other sources' and lower ones). Names keep their first
 * spelling; they are compared without case.
 */
public record ConflictState(String conflict, String talksStatus, Instant talksStatusAt, List<String> venues,
                            List<String> mediators, List<String> parties, List<CasualtyFigure> figures,
                            List<CasualtyFigure> noted) {

    /** Bounds the figures kept beside the series; the newest are kept. */
    static final int MAX_NOTED = 20;

    public ConflictState {
        venues = venues == null ? List.of() : List.copyOf(venues);
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        parties = parties == null ? List.of() : List.copyOf(parties);
        figures = figures == null ? List.of() : List.copyOf(figures);
        noted = noted == null ? List.of() : List.copyOf(noted);
    }

    public static ConflictState empty(String conflict) {
        return new ConflictState(conflict, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    ConflictState withTalksStatus(String status, Instant at) {
        return new ConflictState(conflict, status, at, venues, mediators, parties, figures, noted);
    }

    ConflictState withVenue(String venue) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, plus(venues, List.of(venue)), mediators,
                parties, figures, noted);
    }

    ConflictState withMediators(List<String> added) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, plus(mediators, added), parties,
                figures, noted);
    }

    ConflictState withParties(List<String> added) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, mediators, plus(parties, added),
                figures, noted);
    }

    ConflictState withFigure(CasualtyFigure figure) {
        List<CasualtyFigure> next = new ArrayList<>(figures.stream().filter(f -> !f.sameSeries(figure)).toList());
        next.add(figure);
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, mediators, parties, next, noted);
    }

    ConflictState withNoted(CasualtyFigure figure) {
        List<CasualtyFigure> next = new ArrayList<>(noted.stream().filter(f -> !f.equals(figure)).toList());
        next.add(figure);
        if (next.size() > MAX_NOTED) {
            next = next.subList(next.size() - MAX_NOTED, next.size());
        }
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, mediators, parties, figures, next);
    }

    CasualtyFigure lastFigure(CasualtyFigure series) {
        return figures.stream().filter(f -> f.sameSeries(series)).findFirst().orElse(null);
    }

    /** Whether a source was quoted for this measure: a figure with no source given does not set a series. */
    boolean hasAttributedMeasure(CasualtyFigure measure) {
        return figures.stream().anyMatch(f -> f.sameMeasure(measure)
                && !f.source().equals(DevelopmentDetector.UNATTRIBUTED));
    }

    static boolean containsName(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static List<String> plus(List<String> names, List<String> added) {
        List<String> next = new ArrayList<>(names);
        added.stream().filter(n -> !containsName(next, n)).forEach(next::add);
        return next;
    }
}
