package io.newswire.core.event;

/**
 * What kind of change a development is. An e-mail's subject names the article's most important change:
 * {@link #priority()} ranks them (revision first, then a talks status change, then a new venue or mediator, then a
 * casualty figure reported for the first time, then newly involved parties).
 */
public enum ChangeType {
    REVISION(0), STATUS_CHANGE(1), NEW_VENUE(2), NEW_MEDIATOR(2), FIRST_FIGURE(3), NEW_PARTY(4);

    private final int priority;

    ChangeType(int priority) {
        this.priority = priority;
    }

    /** Lower is more important; a new venue and a new mediator rank the same. */
    public int priority() {
        return priority;
    }
}
