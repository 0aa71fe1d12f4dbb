package io.newswire.alert.develop;

import io.newswire.core.event.Article;

/** An article on its way to its conflict's partition (the value of the internal topic articles-by-conflict). */
public record ConflictArticle(String conflict, Article article) {

    static String storyOf(Article article) {
        return article.storyId() != null ? article.storyId() : article.itemId();
    }
}
