package io.newswire.board.timeline;

import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;

/** What the board learns about a story: one of its articles (text dropped) or one version of one of its alerts. */
public record StoryEvent(Article article, Alert alert) {

    public static StoryEvent of(Article article) {
        return new StoryEvent(withoutText(article), null);
    }

    public static StoryEvent of(Alert alert) {
        return new StoryEvent(null, alert);
    }

    /** The board reads tags and their evidence sentences, never the body, which is most of an article's bytes. */
    private static Article withoutText(Article a) {
        return new Article(a.itemId(), a.feedUrl(), a.source(), a.link(), a.title(), a.publishedAt(),
                a.discoveredAt(), null, a.language(), a.byline(), a.extraction(), a.tags(), a.storyId(),
                a.duplicateOf());
    }

    /** The story an article belongs to: its story id, or the article alone when it has none. */
    public static String storyOf(Article article) {
        return article.storyId() != null && !article.storyId().isBlank() ? article.storyId() : article.itemId();
    }
}
