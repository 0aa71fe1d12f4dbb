package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemIdentityTest {

    private static final String FEED = "https://news.example.org/feed.xml";
    private static final Instant MONDAY = Instant.parse("2025-06-02T08:00:00Z");

    @Test
    void shouldKeepTheIdWhenOnlyTheTitleIsEdited() {
        FeedEntry original = entry("urn:uuid:1", "https://example.org/a", "Truce talks stall");
        FeedEntry edited = entry("urn:uuid:1", "https://example.org/a", "Truce talks stall in Cairo (updated)");
        FeedEntry withoutGuid = entry(null, "https://example.org/b", "Hostage deal near");
        FeedEntry withoutGuidEdited = entry(null, "https://example.org/b", "Hostage deal near, officials say");

        assertThat(ids(List.of(original, withoutGuid))).isEqualTo(ids(List.of(edited, withoutGuidEdited)));
    }

    @Test
    void shouldGiveTheSameIdsWhenTheFeedIsReordered() {
        FeedEntry a = entry("urn:uuid:1", null, "a");
        FeedEntry b = entry(null, "https://example.org/b", "b");
        FeedEntry c = entry(null, null, "c");

        assertThat(ids(List.of(a, b, c))).containsExactlyInAnyOrderElementsOf(ids(List.of(c, a, b)));
    }

    @Test
    void shouldIdentifyByCanonicalLinkIgnoringTrackingAndScheme() {
        String plain = ItemIdentity.idOf(FEED, null, LinkCanonicalizer.canonicalize(
                "https://example.org/a?id=3", null), "t", MONDAY);
        String tracked = ItemIdentity.idOf(FEED, null, LinkCanonicalizer.canonicalize(
                "http://EXAMPLE.org/a?utm_source=rss&id=3&utm_medium=feed#comments", null), "other title", null);

        assertThat(tracked).isEqualTo(plain).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test
    void shouldFallBackToTitleAndDateWithoutGuidOrLink() {
        String id = ItemIdentity.idOf(FEED, null, null, "Ceasefire announced", MONDAY);

        assertThat(id).isEqualTo(ItemIdentity.idOf(FEED, null, null, "  ceasefire   ANNOUNCED ", MONDAY))
                .isNotEqualTo(ItemIdentity.idOf(FEED, null, null, "Ceasefire announced", MONDAY.plusSeconds(60)));
    }

    @Test
    void shouldKeepOnlyTheFirstOfEntriesRepeatingAGuid() {
        FeedEntry first = entry("urn:uuid:1", "https://example.org/a", "first");
        FeedEntry repeat = entry("urn:uuid:1", "https://example.org/a", "repeat");

        assertThat(ItemIdentity.assign(FEED, List.of(first, repeat)))
                .singleElement().extracting(FeedEntry::title).isEqualTo("first");
    }

    @Test
    void shouldNotMergeDifferentItemsThatShareAGuid() {
        FeedEntry a = entry("https://example.org/", "https://example.org/a", "a");
        FeedEntry b = entry("https://example.org/", "https://example.org/b", "b");

        List<FeedEntry> identified = ItemIdentity.assign(FEED, List.of(a, b));

        assertThat(identified).extracting(FeedEntry::title).containsExactly("a", "b");
        assertThat(identified.get(0).itemId())
                .isEqualTo(ItemIdentity.idOf(FEED, null, "https://example.org/a", "x", null));
    }

    @Test
    void shouldScopeFeedLocalGuidsByFeedButNotUriGuids() {
        String other = "https://other.example.net/rss";

        assertThat(ItemIdentity.idOf(FEED, "12345", null, null, null))
                .isNotEqualTo(ItemIdentity.idOf(other, "12345", null, null, null));
        assertThat(ItemIdentity.idOf(FEED, "tag:example.org,2025:1", null, null, null))
                .isEqualTo(ItemIdentity.idOf(other, "tag:example.org,2025:1", null, null, null));
    }

    @Test
    void shouldDropEntriesWithNothingToIdentifyThem() {
        assertThat(ItemIdentity.assign(FEED, List.of(entry(null, null, null)))).isEmpty();
    }

    private static List<String> ids(List<FeedEntry> entries) {
        return ItemIdentity.assign(FEED, entries).stream().map(FeedEntry::itemId).toList();
    }

    private static FeedEntry entry(String guid, String link, String title) {
        return new FeedEntry(null, guid, link, title, null, MONDAY, null);
    }
}
