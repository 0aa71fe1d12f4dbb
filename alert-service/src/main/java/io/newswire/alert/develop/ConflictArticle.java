package io.newswire.alert.develop;

import io.newswire.core.event.Article;
import java.util.List;

/**
 * An article on its way through the two re-keyings (the value of the internal topics articles-by-story and
 * articles-by-conflict), without its text: the conflict places its text names, and its conflict once assigned
 * (null while unknown, and for good when neither it nor its story names a mapped party or place).
 */
public record ConflictArticle(String conflict, Article article, List<String> places) {

    public ConflictArticle {
        places = places == null ? List.of() : List.copyOf(places);
    }

    static String storyOf(Article article) {
        return article.storyId() != null ? article.storyId() : article.itemId();
    }

    /** The key of the state this article is compared with: its conflict's, or its story's own when it has none. */
    String stateKey() {
        return conflict != null ? conflict : "story:" + storyOf(article);
    }

    ConflictArticle in(String assigned) {
        return new ConflictArticle(assigned, article, places);
    }
}
