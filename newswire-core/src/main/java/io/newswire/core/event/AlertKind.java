package io.newswire.core.event;

import java.util.Locale;

/** The kinds of development an alert reports; each has its own topic {@code alerts.<kind>}. */
public enum AlertKind {
    TALKS, CASUALTIES, PARTIES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
