package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueFeedsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T04:00:00Z");

    private final DueFeeds due = new DueFeeds();

    @Test
    void shouldOfferTheEarliestDueFeedFirst() {
        due.schedule("b", NOW.minusSeconds(10));
        due.schedule("a", NOW.minusSeconds(20));
        due.schedule("c", NOW.plusSeconds(5));

        assertThat(due.firstDue(NOW)).contains("a");
        due.remove("a");
        assertThat(due.firstDue(NOW)).contains("b");
        due.remove("b");
        assertThat(due.firstDue(NOW)).isEmpty();
    }

    @Test
    void shouldKeepOneSlotPerFeedWhenRescheduled() {
        due.schedule("a", NOW.minusSeconds(20));
        due.schedule("a", NOW.plusSeconds(60));

        assertThat(due.size()).isEqualTo(1);
        assertThat(due.firstDue(NOW)).isEmpty();
        assertThat(due.firstDue(NOW.plusSeconds(60))).contains("a");
    }

    @Test
    void shouldTreatAMissingTimeAsDueNow() {
        due.schedule("a", null);

        assertThat(due.firstDue(NOW)).contains("a");
    }

    @Test
    void shouldInterleaveTheFeedsOfOneHostThatAreDueAtTheSameMoment() {
        List<String> urls = List.of("https://a.example/1", "https://a.example/2", "https://a.example/3",
                "https://b.example/1", "https://b.example/2", "https://b.example/3");
        urls.forEach(url -> due.schedule(url, null));

        List<String> order = new ArrayList<>();
        while (due.firstDue(NOW).isPresent()) {
            String url = due.firstDue(NOW).get();
            order.add(url);
            due.remove(url);
        }

        assertThat(order).containsExactlyInAnyOrderElementsOf(urls);
        assertThat(order.subList(0, 3)).as("the first three are not all of one host")
                .anyMatch(url -> url.contains("a.example")).anyMatch(url -> url.contains("b.example"));
    }
}
