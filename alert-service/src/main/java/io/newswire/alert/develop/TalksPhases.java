package io.newswire.alert.develop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phase of a talks process each status belongs to (data: {@code talks-phases.yaml}). Restating the current
 * phase in other words ("ongoing" after "resumed") is no change; a status not listed is a phase of its own.
 */
public final class TalksPhases {

    private static final String BUNDLED = "talks-phases.yaml";

    private final Map<String, String> phaseByStatus;

    public TalksPhases(Map<String, List<String>> statusesByPhase) {
        this.phaseByStatus = Map.copyOf(ConflictMap.Names.invert(statusesByPhase, "status"));
    }

    public static TalksPhases bundled() {
        return load(null);
    }

    public static TalksPhases load(Path file) {
        PhaseFile parsed = YamlResource.read(file, BUNDLED, PhaseFile.class);
        return new TalksPhases(parsed.phases() == null ? Map.of() : parsed.phases());
    }

    public String phaseOf(String status) {
        String folded = status.strip().toLowerCase(Locale.ROOT);
        return phaseByStatus.getOrDefault(folded, folded);
    }

    public boolean samePhase(String status, String other) {
        return status != null && other != null && phaseOf(status).equals(phaseOf(other));
    }

    private record PhaseFile(Map<String, List<String>> phases) {
    }
}
