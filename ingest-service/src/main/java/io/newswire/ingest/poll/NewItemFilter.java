package io.newswire.ingest.poll;

import io.newswire.ingest.feed.FeedEntry;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which entries of a feed document are new, and what to remember for next time. The memory is a bounded list of item
 * ids, newest first: the ids of the current document, then the older ones it still has room for. It must be larger
 * than any one document, or an entry that drops out of memory while still in the feed would be published again; the
 * bound is therefore the larger of {@code minRemembered} and twice the document's size.
 */
public final class NewItemFilter {

    public static final int DEFAULT_MIN_REMEMBERED = 500;

    private final int minRemembered;

    public NewItemFilter(int minRemembered) {
        if (minRemembered < 1) {
            throw new IllegalArgumentException("minRemembered must be positive: " + minRemembered);
        }
        this.minRemembered = minRemembered;
    }

    public NewItemFilter() {
        this(DEFAULT_MIN_REMEMBERED);
    }

    /** The entries whose ids are not remembered, in document order. */
    public List<FeedEntry> newEntries(List<String> remembered, List<FeedEntry> entries) {
        Set<String> seen = Set.copyOf(remembered);
        return entries.stream().filter(entry -> !seen.contains(entry.itemId())).toList();
    }

    /**
     * The memory after this document: its ids that were remembered or are now published first, in document order,
     * then the older ones, bounded. An entry neither remembered nor published stays new for the next poll.
     */
    public List<String> remember(List<String> remembered, List<FeedEntry> entries, Collection<String> published) {
        int bound = Math.max(minRemembered, 2 * entries.size());
        Set<String> known = new HashSet<>(remembered);
        known.addAll(published);
        Set<String> ids = new LinkedHashSet<>();
        entries.stream().map(FeedEntry::itemId).filter(known::contains).forEach(ids::add);
        for (String id : remembered) {
            if (ids.size() >= bound) {
                break;
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
