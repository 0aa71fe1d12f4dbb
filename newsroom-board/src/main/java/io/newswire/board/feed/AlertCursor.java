package io.newswire.board.feed;

import java.util.Map;
import java.util.TreeMap;

/**
 * A position in alerts.all: per partition, the offset of the next alert to read ({@code 0:12,1:4}; a partition not
 * named is read from its start). It is the id of each server-sent event, so a client that reconnects with
 * {@code Last-Event-ID} gets exactly the alerts after the last one it saw, from any board instance: offsets are the
 * topic's, not one instance's.
 */
public record AlertCursor(Map<Integer, Long> next) {

    public static final AlertCursor START = new AlertCursor(Map.of());
    private static final int MAX_TEXT = 4_096;

    public AlertCursor {
        next = Map.copyOf(next);
    }

    /** The cursor written as {@link #toString()}; an empty or missing text is the start. */
    public static AlertCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("an alert position is at most " + MAX_TEXT + " characters");
        }
        Map<Integer, Long> next = new TreeMap<>();
        for (String part : text.strip().split(",", -1)) {
            int colon = part.indexOf(':');
            try {
                int partition = Integer.parseInt(part.substring(0, Math.max(colon, 0)));
                long offset = Long.parseLong(part.substring(colon + 1));
                if (colon < 0 || partition < 0 || offset < 0 || next.put(partition, offset) != null) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an alert position: '" + text
                        + "' (expected partition:offset pairs such as 0:12,1:4)");
            }
        }
        return new AlertCursor(next);
    }

    /** Whether the alert at this partition and offset comes after the cursor. */
    public boolean isBefore(int partition, long offset) {
        return offset >= next.getOrDefault(partition, 0L);
    }

    /** The cursor just past the alert at this partition and offset. */
    public AlertCursor past(int partition, long offset) {
        if (!isBefore(partition, offset)) {
            return this;
        }
        Map<Integer, Long> moved = new TreeMap<>(next);
        moved.put(partition, offset + 1);
        return new AlertCursor(moved);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(next).forEach((partition, offset) -> {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(partition).append(':').append(offset);
        });
        return text.toString();
    }
}
