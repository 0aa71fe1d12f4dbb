package io.newswire.core.event;

import java.util.List;

/** Everything the taggers found in one article. */
public record Tags(Talks talks, List<Casualty> casualties, List<Party> parties) {

    public static final Tags NONE = new Tags(Talks.NONE, List.of(), List.of());

    public Tags {
        talks = talks == null ? Talks.NONE : talks;
        casualties = casualties == null ? List.of() : List.copyOf(casualties);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public boolean isEmpty() {
        return !talks.present() && casualties.isEmpty() && parties.isEmpty();
    }
}
