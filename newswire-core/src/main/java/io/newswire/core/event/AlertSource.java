package io.newswire.core.event;

import java.time.Instant;

/** One outlet's article that carries a story. */
public record AlertSource(String source, String title, String link, String itemId, Instant publishedAt) {
}
