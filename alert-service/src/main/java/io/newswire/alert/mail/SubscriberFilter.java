package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routes an article's bulletin to the subscribers it concerns: a bulletin concerns a subscriber when any of its
 * alerts matches the subscriber's kinds, parties and conflicts. Each gets the bulletin narrowed to those alerts and
 * their developments, so that a subscriber of casualties alone is not told about talks.
 */
public final class SubscriberFilter {

    private final List<Subscriber> subscribers;

    public SubscriberFilter(List<Subscriber> subscribers) {
        this.subscribers = List.copyOf(subscribers);
    }

    public List<Recipient> recipients(AlertBulletin bulletin) {
        List<Recipient> recipients = new ArrayList<>();
        for (Subscriber subscriber : subscribers) {
            List<Alert> followed = bulletin.alerts().stream().filter(a -> matches(subscriber, a)).toList();
            if (!followed.isEmpty()) {
                recipients.add(new Recipient(subscriber, narrowed(bulletin, followed)));
            }
        }
        return recipients;
    }

    private static AlertBulletin narrowed(AlertBulletin bulletin, List<Alert> followed) {
        if (followed.size() == bulletin.alerts().size()) {
            return bulletin;
        }
        Set<String> ids = followed.stream().map(Alert::alertId).collect(Collectors.toSet());
        return new AlertBulletin(bulletin.bulletinId(), bulletin.itemId(), bulletin.storyId(), bulletin.conflict(),
                bulletin.headline(), bulletin.source(),
                bulletin.developments().stream().filter(d -> ids.contains(d.alertId())).toList(), followed,
                bulletin.parties(), bulletin.at());
    }

    static boolean matches(Subscriber subscriber, Alert alert) {
        if (!subscriber.kinds().isEmpty() && !subscriber.kinds().contains(alert.kind())) {
            return false;
        }
        if (subscriber.parties().isEmpty() && subscriber.conflicts().isEmpty()) {
            return true;
        }
        boolean party = alert.parties().stream()
                .anyMatch(p -> subscriber.parties().stream().anyMatch(p::equalsIgnoreCase));
        boolean conflict = alert.conflict() != null
                && subscriber.conflicts().stream().anyMatch(alert.conflict()::equalsIgnoreCase);
        return party || conflict;
    }

    /** A subscriber and the bulletin as they follow it. */
    public record Recipient(Subscriber subscriber, AlertBulletin bulletin) {
    }
}
