package io.newswire.core.event;

/**
 * Where a tag was found: the sentence quoted in alerts, and the character offsets of the matched span
 * within the article text ({@code start} inclusive, {@code end} exclusive).
 */
public record Evidence(String sentence, int start, int end) {
}
