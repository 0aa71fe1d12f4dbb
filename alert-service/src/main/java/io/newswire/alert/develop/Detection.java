package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import java.util.List;

/**
 * The outcome of one article: the states to store, the alerts to publish (new ones and updated versions) and the
 * bulletin of its new developments (null when it brought none).
 */
public record Detection(ConflictState conflict, StoryState story, List<Alert> alerts, AlertBulletin bulletin) {

    public Detection {
        alerts = List.copyOf(alerts);
    }
}
