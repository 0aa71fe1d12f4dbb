package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import java.util.List;

/** The outcome of one article: the states to store and the alerts to publish (new ones and updated versions). */
public record Detection(ConflictState conflict, StoryState story, List<Alert> alerts) {

    public Detection {
        alerts = List.copyOf(alerts);
    }
}
