package io.newswire.alert.develop;

import java.nio.file.Path;

/** The data development detection works from: conflicts by party, places, and talks phases. */
public record ConflictKnowledge(ConflictMap conflicts, PlaceList places, TalksPhases phases) {

    public static ConflictKnowledge bundled() {
        return load(null, null);
    }

    /** The given files, each replacing its bundled counterpart; a null file keeps the bundled one. */
    public static ConflictKnowledge load(Path conflictsFile, Path placesFile) {
        return new ConflictKnowledge(ConflictMap.load(conflictsFile), PlaceList.load(placesFile),
                TalksPhases.bundled());
    }

    ConflictAssigner assigner() {
        return new ConflictAssigner(conflicts, places);
    }
}
