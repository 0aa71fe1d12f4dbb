package io.newswire.local.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Tags;
import io.newswire.enrich.extract.ArticleExtractor;
import io.newswire.enrich.extract.Extraction;
import io.newswire.enrich.story.MinHash;
import io.newswire.enrich.tag.ArticleTagger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillScriptTest {

    private static final List<String> FEEDS = List.of("/a/one.rss", "/b/two.atom");

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleTagger tagger = ArticleTagger.withBundledGazetteer();

    @Test
    void shouldWriteVenueStoriesWhoseVenueTheTaggerFinds() {
        DrillScript script = DrillScript.write(60, FEEDS, 3);

        List<DrillScript.Item> venues = script.items().stream()
                .filter(item -> item.kind() == DrillScript.Kind.NEW_VENUE).toList();

        assertThat(venues).isNotEmpty();
        assertThat(venues).allSatisfy(item -> {
            Tags tags = tagger.tag(body(item));
            assertThat(tags.talks().venue()).as(item.page().headline()).isEqualTo(item.venue());
            assertThat(tags.parties()).extracting(p -> p.name()).contains("Israel", "Hamas");
        });
    }

    @Test
    void shouldUseEachVenueOnce() {
        List<String> venues = DrillScript.write(150, FEEDS, 5).items().stream()
                .filter(item -> item.kind() == DrillScript.Kind.NEW_VENUE).map(DrillScript.Item::venue).toList();

        assertThat(venues).doesNotHaveDuplicates();
    }

    @Test
    void shouldWriteCasualtyStoriesWithAKilledFigure() {
        DrillScript.write(60, FEEDS, 3).items().stream().filter(i -> i.kind() == DrillScript.Kind.CASUALTIES)
                .forEach(item -> assertThat(tagger.tag(body(item)).casualties())
                        .anySatisfy(c -> assertThat(c.kind()).isEqualTo("killed")));
    }

    @Test
    void shouldWriteDistinctStoriesThatDoNotLookLikeCopiesOfEachOther() {
        List<DrillScript.Item> stories = DrillScript.write(40, FEEDS, 3).items().stream()
                .filter(item -> item.kind() != DrillScript.Kind.COPY).limit(25).toList();
        MinHash minHash = new MinHash(3, 32, 2, 1L);
        List<long[]> signatures = stories.stream().map(item -> minHash.signature(body(item))).toList();

        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                assertThat(MinHash.similarity(signatures.get(i), signatures.get(j)))
                        .as(stories.get(i).page().headline() + " / " + stories.get(j).page().headline())
                        .isLessThan(0.3);
            }
        }
    }

    @Test
    void shouldWriteBackgroundThatRaisesNoTag() {
        StoryWriter writer = new StoryWriter(9);
        for (int n = 0; n < 20; n++) {
            String text = body(new DrillScript.Item(n, DrillScript.Kind.OTHER, "/a/one.rss", "x.html",
                    writer.otherNews(n), null));

            assertThat(tagger.tag(text).isEmpty()).as(text).isTrue();
        }
    }

    private String body(DrillScript.Item item) {
        Extraction extraction = extractor.extract(new String(item.page().html(), StandardCharsets.UTF_8),
                "http://localhost/" + item.pageName());
        assertThat(extraction.status()).isEqualTo(Extraction.Status.OK);
        return extraction.body();
    }
}
