package io.newswire.board.feed;

import io.newswire.core.event.Alert;

/** One alert read from alerts.all, with its place there; {@code id} is the cursor just past it. */
public record AlertEvent(String id, int partition, long offset, Alert alert) {
}
