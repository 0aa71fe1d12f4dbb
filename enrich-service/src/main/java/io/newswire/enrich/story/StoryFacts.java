package io.newswire.enrich.story;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an article states, as keys two reports of the same news share however they are worded: each casualty
 * figure (kind and count), the talks venue and status, and each state, group or agency named. Persons are left
 * out: officials are quoted across many stories.
 */
public record StoryFacts(Set<String> figures, String venue, String status, Set<String> parties) {

    static final String PREFIX = "fact:";

    public static StoryFacts of(Tags tags) {
        Set<String> figures = new LinkedHashSet<>();
        for (Casualty c : tags.casualties()) {
            if (!c.vague() && c.kind() != null && c.count() > 0) {
                figures.add(PREFIX + "figure:" + fold(c.kind()) + ":" + c.count());
            }
        }
        Set<String> parties = new LinkedHashSet<>();
        for (Party p : tags.parties()) {
            if (p.name() != null && !"person".equals(p.kind())) {
                parties.add(PREFIX + "party:" + fold(p.name()));
            }
        }
        String venue = tags.talks().present() && tags.talks().venue() != null
                ? PREFIX + "venue:" + fold(tags.talks().venue()) : null;
        String status = tags.talks().present() && tags.talks().status() != null
                ? PREFIX + "status:" + fold(tags.talks().status()) : null;
        return new StoryFacts(figures, venue, status, parties);
    }

    /** All the keys, for the band index. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(figures);
        if (venue != null) {
            keys.add(venue);
        }
        if (status != null) {
            keys.add(status);
        }
        keys.addAll(parties);
        return keys;
    }

    /**
     * Whether an earlier article that shares {@code shared} of these keys reports the same news: a distinctive
     * figure (or two figures) and one more fact, or the same venue and status of talks between a party named by
     * both. A small figure alone is not distinctive: many incidents kill three people.
     */
    public boolean sameNews(Set<String> shared, long distinctiveFigure) {
        List<String> sharedFigures = figures.stream().filter(shared::contains).toList();
        boolean sharesParty = parties.stream().anyMatch(shared::contains);
        boolean sharesVenue = venue != null && shared.contains(venue);
        boolean distinctive = sharedFigures.size() >= 2 || sharedFigures.stream()
                .anyMatch(f -> Long.parseLong(f.substring(f.lastIndexOf(':') + 1)) >= distinctiveFigure);
        return distinctive && shared.size() >= 2 || sharesVenue && status != null && shared.contains(status) && sharesParty;
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
