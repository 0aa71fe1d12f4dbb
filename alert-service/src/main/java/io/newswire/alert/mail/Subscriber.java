package io.newswire.alert.mail;

import io.newswire.core.event.AlertKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Who gets which alerts, and how: every alert of the chosen kinds (all when empty) about the named parties or
 * conflicts (any, when both are empty); one e-mail per article with the developments it brought that the subscriber
 * follows, or with {@code digestEvery} one e-mail per interval holding every such article of it.
 */
public record Subscriber(String address, Set<AlertKind> kinds, List<String> parties, List<String> conflicts,
                         Duration digestEvery) {

    public Subscriber {
        if (address == null || !address.contains("@")) {
            throw new IllegalArgumentException("subscriber needs an e-mail address, got " + address);
        }
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        parties = parties == null ? List.of() : List.copyOf(parties);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        if (digestEvery != null && (digestEvery.isZero() || digestEvery.isNegative())) {
            throw new IllegalArgumentException("digest interval of " + address + " must be positive");
        }
    }

    public static Subscriber immediate(String address) {
        return new Subscriber(address, Set.of(), List.of(), List.of(), null);
    }

    public boolean wantsDigest() {
        return digestEvery != null;
    }
}
