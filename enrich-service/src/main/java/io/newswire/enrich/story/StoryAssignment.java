package io.newswire.enrich.story;

/** The story an article belongs to, and the earlier article it copies (null when it is no copy). */
public record StoryAssignment(String storyId, String duplicateOf) {
}
