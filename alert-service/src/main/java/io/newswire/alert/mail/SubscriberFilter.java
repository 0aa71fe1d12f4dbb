package io.newswire.alert.mail;

import io.newswire.core.event.Alert;
import java.util.List;

/** Routes an alert to the subscribers whose kinds, parties and conflicts it matches. */
public final class SubscriberFilter {

    private final List<Subscriber> subscribers;

    public SubscriberFilter(List<Subscriber> subscribers) {
        this.subscribers = List.copyOf(subscribers);
    }

    public List<Subscriber> recipients(Alert alert) {
        return subscribers.stream().filter(s -> matches(s, alert)).toList();
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
}
