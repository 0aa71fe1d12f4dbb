package io.newswire.alert.develop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What is already known of one conflict, against which a story's tags are new or not: the talks' latest status
 * (and when the report that set it was published, so an older report cannot turn it back), the venues and
 * mediators seen, the parties involved and each source's last casualty figures. Names keep their first spelling;
 * they are compared without case.
 */
public record ConflictState(String conflict, String talksStatus, Instant talksStatusAt, List<String> venues,
                            List<String> mediators, List<String> parties, List<CasualtyFigure> figures) {

    public ConflictState {
        venues = venues == null ? List.of() : List.copyOf(venues);
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        parties = parties == null ? List.of() : List.copyOf(parties);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static ConflictState empty(String conflict) {
        return new ConflictState(conflict, null, null, List.of(), List.of(), List.of(), List.of());
    }

    ConflictState withTalksStatus(String status, Instant at) {
        return new ConflictState(conflict, status, at, venues, mediators, parties, figures);
    }

    ConflictState withVenue(String venue) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, plus(venues, venue), mediators, parties,
                figures);
    }

    ConflictState withMediators(List<String> added) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, plus(mediators, added), parties,
                figures);
    }

    ConflictState withParties(List<String> added) {
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, mediators, plus(parties, added),
                figures);
    }

    ConflictState withFigure(CasualtyFigure figure) {
        List<CasualtyFigure> next = new ArrayList<>(figures.stream().filter(f -> !f.sameSeries(figure)).toList());
        next.add(figure);
        return new ConflictState(conflict, talksStatus, talksStatusAt, venues, mediators, parties, next);
    }

    CasualtyFigure lastFigure(CasualtyFigure series) {
        return figures.stream().filter(f -> f.sameSeries(series)).findFirst().orElse(null);
    }

    static boolean containsName(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static List<String> plus(List<String> names, String name) {
        return plus(names, List.of(name));
    }

    private static List<String> plus(List<String> names, List<String> added) {
        List<String> next = new ArrayList<>(names);
        added.stream().filter(n -> !containsName(next, n)).forEach(next::add);
        return next;
    }
}
