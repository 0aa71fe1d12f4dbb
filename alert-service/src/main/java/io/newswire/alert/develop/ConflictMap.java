package io.newswire.alert.develop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.core.event.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which conflict a story belongs to, from the parties it names: each party (or a person's affiliation) votes for
 * its conflict and the conflict with most votes wins (ties: alphabetically first, so the answer is stable). A story
 * naming no mapped party belongs to {@link #UNASSIGNED}. The mapping is data: a YAML file
 * {@code conflicts: {<conflict>: [party, ...]}}, bundled and replaceable.
 */
public final class ConflictMap {

    public static final String UNASSIGNED = "unassigned";

    private static final String BUNDLED = "conflicts.yaml";

    private final Map<String, String> conflictByParty;

    public ConflictMap(Map<String, List<String>> partiesByConflict) {
        Map<String, String> byParty = new HashMap<>();
        partiesByConflict.forEach((conflict, parties) -> parties.forEach(party -> {
            String previous = byParty.putIfAbsent(normalise(party), conflict);
            if (previous != null && !previous.equals(conflict)) {
                throw new IllegalArgumentException("party " + party + " is mapped to both " + previous + " and "
                        + conflict);
            }
        }));
        this.conflictByParty = Map.copyOf(byParty);
    }

    public static ConflictMap bundled() {
        try (InputStream in = ConflictMap.class.getResourceAsStream(BUNDLED)) {
            return parse(Objects.requireNonNull(in, "bundled " + BUNDLED + " is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's mapping, or the bundled one when {@code file} is null. */
    public static ConflictMap load(Path file) {
        if (file == null) {
            return bundled();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conflict map " + file, e);
        }
    }

    private static ConflictMap parse(InputStream in) throws IOException {
        ConflictFile file = new ObjectMapper(new YAMLFactory()).readValue(in, ConflictFile.class);
        return new ConflictMap(file.conflicts() == null ? Map.of() : file.conflicts());
    }

    public String conflictOf(List<Party> parties) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Party party : parties) {
            String conflict = conflictOfParty(party.name());
            if (conflict == null && party.affiliation() != null) {
                conflict = conflictOfParty(party.affiliation());
            }
            if (conflict != null) {
                votes.merge(conflict, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(UNASSIGNED);
    }

    private String conflictOfParty(String name) {
        return name == null ? null : conflictByParty.get(normalise(name));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private record ConflictFile(Map<String, List<String>> conflicts) {
    }
}
