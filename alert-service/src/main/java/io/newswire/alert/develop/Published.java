package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;

/** What the development processor forwards: an alert version or an article's bulletin (exactly one is set). */
record Published(Alert alert, AlertBulletin bulletin) {

    static Published of(Alert alert) {
        return new Published(alert, null);
    }

    static Published of(AlertBulletin bulletin) {
        return new Published(null, bulletin);
    }
}
