package io.newswire.alert.develop;

import io.newswire.core.event.Party;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which conflict a party belongs to (a person through its affiliation). The mapping is data: a YAML file
 * {@code conflicts: {<conflict>: [party, ...]}}, bundled and replaceable.
 */
public final class ConflictMap {

    private static final String BUNDLED = "conflicts.yaml";

    private final Map<String, String> conflictByParty;

    public ConflictMap(Map<String, List<String>> partiesByConflict) {
        this.conflictByParty = Map.copyOf(Names.invert(partiesByConflict, "party"));
    }

    public static ConflictMap bundled() {
        return load(null);
    }

    /** The file's mapping, or the bundled one when {@code file} is null. */
    public static ConflictMap load(Path file) {
        ConflictFile parsed = YamlResource.read(file, BUNDLED, ConflictFile.class);
        return new ConflictMap(parsed.conflicts() == null ? Map.of() : parsed.conflicts());
    }

    /** The party's conflict, or its affiliation's, or null when neither is mapped. */
    public String conflictOf(Party party) {
        String conflict = conflictOfName(party.name());
        return conflict == null ? conflictOfName(party.affiliation()) : conflict;
    }

    private String conflictOfName(String name) {
        return name == null ? null : conflictByParty.get(name.strip().toLowerCase(Locale.ROOT));
    }

    private record ConflictFile(Map<String, List<String>> conflicts) {
    }

    /** Name lists keyed by group, inverted to one group per (case-folded) name. */
    static final class Names {

        private Names() {
        }

        static Map<String, String> invert(Map<String, List<String>> namesByGroup, String what) {
            Map<String, String> byName = new HashMap<>();
            namesByGroup.forEach((group, names) -> names.forEach(name -> {
                String previous = byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), group);
                if (previous != null && !previous.equals(group)) {
                    throw new IllegalArgumentException(what + " " + name + " is mapped to both " + previous + " and "
                            + group);
                }
            }));
            return byName;
        }
    }
}
