package io.newswire.core.event;

import java.util.List;

/**
 * Talks tag: whether the text reports a ceasefire or peace process event, its latest status
 * (scheduled, ongoing, proposed, resumed, stalled, agreed, declared, in_effect, collapsed, rejected, or null),
 * the venue as written and the canonical names of mediators.
 */
public record Talks(boolean present, String status, String venue, List<String> mediators, List<Evidence> evidence) {

    public static final Talks NONE = new Talks(false, null, null, List.of(), List.of());

    public Talks {
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
