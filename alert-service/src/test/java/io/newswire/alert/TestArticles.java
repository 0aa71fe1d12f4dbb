package io.newswire.alert;

import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds tagged articles for tests, the way enrich-service publishes them. */
public final class TestArticles {

    private final String itemId;
    private String source = "Example News";
    private String storyId;
    private String duplicateOf;
    private String title = "Ceasefire talks";
    private String text;
    private Instant publishedAt = Instant.parse("2024-08-15T10:00:00Z");
    private Talks talks = Talks.NONE;
    private final List<Casualty> casualties = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    private TestArticles(String itemId) {
        this.itemId = itemId;
        this.storyId = "story-" + itemId;
    }

    public static TestArticles article(String itemId) {
        return new TestArticles(itemId);
    }

    public TestArticles source(String source) {
        this.source = source;
        return this;
    }

    public TestArticles story(String storyId) {
        this.storyId = storyId;
        return this;
    }

    public TestArticles copyOf(String itemId) {
        this.duplicateOf = itemId;
        return this;
    }

    public TestArticles title(String title) {
        this.title = title;
        return this;
    }

    public TestArticles text(String text) {
        this.text = text;
        return this;
    }

    public TestArticles publishedAt(String instant) {
        this.publishedAt = Instant.parse(instant);
        return this;
    }

    public TestArticles talks(String status, String venue, String... mediators) {
        this.talks = new Talks(true, status, venue, List.of(mediators),
                List.of(evidence("Talks " + status + " in " + venue + ".")));
        return this;
    }

    public TestArticles killed(long count, String attributedTo) {
        casualties.add(new Casualty(count, null, "killed", "exact", false, attributedTo, true,
                evidence(attributedTo + " said " + count + " people have been killed.")));
        return this;
    }

    public TestArticles figure(long count, String kind, String attributedTo, boolean cumulative) {
        casualties.add(new Casualty(count, null, kind, "exact", false, attributedTo, cumulative,
                evidence(count + " people " + kind + ".")));
        return this;
    }

    public TestArticles party(String name, String kind) {
        parties.add(new Party(name, kind, null, evidence(name + " was mentioned.")));
        return this;
    }

    public TestArticles parties(String... states) {
        for (String state : states) {
            party(state, "state");
        }
        return this;
    }

    public Article build() {
        return new Article(itemId, "https://feeds.example/" + source.replace(' ', '-').toLowerCase(), source,
                "https://" + source.replace(' ', '-').toLowerCase() + ".example/" + itemId, title, publishedAt,
                publishedAt.plusSeconds(30), text != null ? text : "text of " + itemId, "en", null, "ok",
                new Tags(talks, casualties, parties), storyId, duplicateOf);
    }

    private static Evidence evidence(String sentence) {
        return new Evidence(sentence, 0, sentence.length());
    }
}
