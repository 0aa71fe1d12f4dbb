package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.feed.FeedEntry;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NewItemFilterTest {

    private final NewItemFilter filter = new NewItemFilter(4);

    @Test
    void shouldTreatEveryEntryAsNewWhenNothingIsRemembered() {
        assertThat(filter.newEntries(List.of(), entries("a", "b"))).extracting(FeedEntry::itemId)
                .containsExactly("a", "b");
    }

    @Test
    void shouldSkipEntriesAlreadySeen() {
        assertThat(filter.newEntries(List.of("b", "c"), entries("a", "b", "c"))).extracting(FeedEntry::itemId)
                .containsExactly("a");
    }

    @Test
    void shouldRememberTheDocumentsIdsFirstThenTheOlderOnes() {
        assertThat(filter.remember(List.of("b", "x"), entries("a", "b"), List.of("a"))).containsExactly("a", "b", "x");
    }

    @Test
    void shouldForgetTheOldestIdsBeyondTheBound() {
        assertThat(filter.remember(List.of("c", "d", "e", "f"), entries("a", "b"), List.of("a", "b"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void shouldRememberTwiceTheDocumentWhenTheDocumentIsLargerThanTheMinimum() {
        List<FeedEntry> large = entries(IntStream.range(0, 10).mapToObj(i -> "n" + i).toArray(String[]::new));
        List<String> older = IntStream.range(0, 30).mapToObj(i -> "o" + i).toList();

        List<String> remembered = filter.remember(older, large, ids(large));

        assertThat(remembered).hasSize(20).startsWith("n0", "n1").endsWith("o9");
    }

    @Test
    void shouldNotSeeAnEntryAsNewWhileItStaysInTheFeed() {
        List<String> remembered = List.of();
        List<FeedEntry> document = entries("a", "b", "c", "d", "e", "f");
        for (int poll = 0; poll < 3; poll++) {
            assertThat(filter.newEntries(remembered, document)).hasSize(poll == 0 ? 6 : 0);
            remembered = filter.remember(remembered, document,
                    ids(filter.newEntries(remembered, document)));
        }
    }

    @Test
    void shouldKeepAnEntryNewUntilItIsPublished() {
        List<FeedEntry> document = entries("c", "b", "a");

        List<String> remembered = filter.remember(List.of(), document, List.of("a", "b"));

        assertThat(remembered).containsExactly("b", "a");
        assertThat(filter.newEntries(remembered, document)).extracting(FeedEntry::itemId).containsExactly("c");
    }

    private static List<String> ids(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::itemId).toList();
    }

    private static List<FeedEntry> entries(String... ids) {
        return Arrays.stream(ids).map(id -> new FeedEntry(id, id, null, id, null, null, null)).toList();
    }
}
