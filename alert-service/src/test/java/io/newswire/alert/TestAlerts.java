package io.newswire.alert;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import java.time.Instant;
import java.util.List;

/** Alerts as alert-service publishes them, for mailer tests. */
public final class TestAlerts {

    private TestAlerts() {
    }

    public static Alert alert(String id, AlertKind kind, String conflict, List<String> parties, String... changes) {
        Instant at = Instant.parse("2024-08-15T10:01:00Z");
        return new Alert(id, "story-" + id, conflict, kind, 1, "Gaza ceasefire talks resume in Doha",
                List.of(changes), List.of("A source confirmed the talks had begun in the Qatari capital Doha."),
                List.of(new AlertSource("France 24", "Gaza ceasefire talks resume in Doha",
                        "https://www.france24.example/gaza-talks?a=1&b=2", "item-" + id, at)),
                at, at, parties);
    }

    public static Alert alert(String id) {
        return alert(id, AlertKind.CASUALTIES, "israel-gaza", List.of("Israel", "Hamas"),
                "Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry");
    }
}
