package io.newswire.enrich.story;

/** What story grouping remembers of one article: its signature, its story, the article it copies and when it was seen. */
public record StoryMember(String itemId, String storyId, String duplicateOf, long[] signature, long seenAtMillis) {
}
