package io.newswire.alert.scenario;

import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an article as enrich-service publishes it: text made of sentences, and tags whose evidence points at the
 * sentence that carries them.
 */
final class StoryArticle {

    private final String itemId;
    private final String source;
    private final String storyId;
    private final String title;
    private final Instant publishedAt;
    private final List<String> sentences = new ArrayList<>();
    private String duplicateOf;
    private Talks talks = Talks.NONE;
    private final List<Casualty> casualties = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    private StoryArticle(String itemId, String source, String storyId, String title, String publishedAt) {
        this.itemId = itemId;
        this.source = source;
        this.storyId = storyId;
        this.title = title;
        this.publishedAt = Instant.parse(publishedAt);
    }

    static StoryArticle of(String itemId, String source, String storyId, String title, String publishedAt) {
        return new StoryArticle(itemId, source, storyId, title, publishedAt);
    }

    StoryArticle says(String... text) {
        sentences.addAll(List.of(text));
        return this;
    }

    StoryArticle copyOf(String original) {
        this.duplicateOf = original;
        return this;
    }

    StoryArticle talks(String status, String venue, String sentenceWith, String... mediators) {
        talks = new Talks(true, status, venue, List.of(mediators), List.of(evidence(sentenceWith)));
        return this;
    }

    StoryArticle casualty(long count, String kind, String attributedTo, String sentenceWith) {
        casualties.add(new Casualty(count, null, kind, "exact", false, attributedTo, true, evidence(sentenceWith)));
        return this;
    }

    StoryArticle party(String name, String kind, String affiliation, String sentenceWith) {
        parties.add(new Party(name, kind, affiliation, evidence(sentenceWith)));
        return this;
    }

    Article build() {
        String slug = source.toLowerCase(Locale.ROOT).replace(' ', '-');
        return new Article(itemId, "https://" + slug + ".example/rss", source,
                "https://" + slug + ".example/news/" + itemId, title, publishedAt, publishedAt.plusSeconds(90),
                text(), "en", null, "ok", new Tags(talks, casualties, parties), storyId, duplicateOf);
    }

    private String text() {
        return String.join(" ", sentences);
    }

    private Evidence evidence(String fragment) {
        String text = text();
        for (String sentence : sentences) {
            if (sentence.contains(fragment)) {
                int start = text.indexOf(sentence);
                return new Evidence(sentence, start, start + sentence.length());
            }
        }
        throw new IllegalArgumentException("no sentence of " + itemId + " says '" + fragment + "'");
    }
}
