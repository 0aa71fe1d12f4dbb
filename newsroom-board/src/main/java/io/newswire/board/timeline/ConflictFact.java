package io.newswire.board.timeline;

/**
 * What a story tells its conflict once the alerts named the conflict: one of its articles or one alert version
 * (exactly one of the two is set), with the story's headline.
 */
public record ConflictFact(String storyId, String headline, StoryArticle article, StoryAlert alert) {
}
