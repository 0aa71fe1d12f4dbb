package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * One story as alert-service has seen it: the items that carried it (so a replayed item changes nothing) and the
 * latest version of each alert it produced (so a copy can add its source to them).
 */
public record StoryState(String storyId, List<String> itemIds, List<Alert> alerts) {

    /** Bounds the state of a story that outlets keep republishing; beyond this a copy is still recognised by id. */
    static final int MAX_ITEMS = 500;

    public StoryState {
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public static StoryState empty(String storyId) {
        return new StoryState(storyId, List.of(), List.of());
    }

    boolean hasSeen(String itemId) {
        return itemIds.contains(itemId);
    }

    StoryState with(String itemId, List<Alert> currentAlerts) {
        List<String> items = new ArrayList<>(itemIds);
        items.add(itemId);
        if (items.size() > MAX_ITEMS) {
            items = items.subList(items.size() - MAX_ITEMS, items.size());
        }
        return new StoryState(storyId, items, currentAlerts);
    }
}
