package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Bulletins as alert-service publishes them, for mailer tests. */
final class TestBulletins {

    static final Instant AT = Instant.parse("2024-08-15T10:01:00Z");
    static final AlertSource SOURCE = new AlertSource("France 24", "Gaza truce talks stall in Cairo",
            "https://www.france24.example/gaza-talks?a=1&b=2", "item-1", AT);

    private TestBulletins() {
    }

    /** An alert of one kind carrying the given changes, with one evidence sentence per change. */
    static Alert alert(String alertId, AlertKind kind, String conflict, List<String> parties, List<String> evidence,
                       ChangeType... types) {
        List<Development> developments = Arrays.stream(types)
                .map(type -> new Development(type, kind, alertId, change(type))).toList();
        return new Alert(alertId, "story-1", conflict, kind, 1, SOURCE.title(),
                developments.stream().map(Development::change).toList(), evidence, List.of(SOURCE), AT, AT, parties,
                developments, kind == AlertKind.CASUALTIES ? List.of("UN human rights office: 38,000 killed")
                        : List.of());
    }

    /** The changes {@link #alert} writes for each type. */
    static String change(ChangeType type) {
        return switch (type) {
            case REVISION -> "Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry";
            case STATUS_CHANGE -> "Talks status: resumed → stalled";
            case NEW_VENUE -> "New venue: Cairo";
            case NEW_MEDIATOR -> "New mediator: Egypt";
            case FIRST_FIGURE -> "Casualties: 12 killed, no source given";
            case NEW_PARTY -> "Newly involved: Hezbollah";
        };
    }

    static AlertBulletin bulletin(String bulletinId, Alert... alerts) {
        return new AlertBulletin(bulletinId, SOURCE.itemId(), "story-1", alerts[0].conflict(), SOURCE.title(), SOURCE,
                Arrays.stream(alerts).flatMap(a -> a.developments().stream()).toList(), List.of(alerts),
                alerts[0].parties(), AT);
    }

    /** An article that stalled the talks in a new venue, revised the toll and drew in a new party. */
    static AlertBulletin bulletin(String bulletinId) {
        List<String> parties = List.of("Israel", "Hamas", "Hezbollah");
        return bulletin(bulletinId,
                alert(bulletinId + "-talks", AlertKind.TALKS, "israel-gaza", parties,
                        List.of("Negotiators said the talks in Cairo had stalled on Tuesday."),
                        ChangeType.STATUS_CHANGE, ChangeType.NEW_VENUE),
                alert(bulletinId + "-casualties", AlertKind.CASUALTIES, "israel-gaza", parties,
                        List.of("The Gaza Health Ministry said 40,500 people had been killed."), ChangeType.REVISION),
                alert(bulletinId + "-parties", AlertKind.PARTIES, "israel-gaza", parties,
                        List.of("Hezbollah fired rockets at northern Israel."), ChangeType.NEW_PARTY));
    }
}
