package io.newswire.enrich.tag;

import java.util.List;

/**
 * One actor of the gazetteer. {@code aliases} are names that denote the actor wherever they act ("IDF",
 * "Kremlin"); {@code adjectives} ("Israeli") denote it only before an actor noun ("Israeli forces");
 * {@code seats} are capitals that stand for it only as a metonym ("Doha said", never "in Doha").
 * kind: state, armed_group, agency, organisation or person; {@code affiliation} is a person's state or group.
 */
public record GazetteerEntry(String name, ActorKind kind, List<String> aliases, List<String> adjectives,
                             List<String> seats, String affiliation) {

    public GazetteerEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry without a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("gazetteer entry " + name + " without a kind");
        }
        aliases = aliases == null ? List.of(name) : List.copyOf(aliases);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    boolean isPerson() {
        return kind == ActorKind.PERSON;
    }
}
