package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryFactsTest {

    private static final Evidence E = new Evidence("s", 0, 1);

    private static Casualty killed(long count) {
        return new Casualty(count, null, "killed", "exact", false, null, false, E);
    }

    @Test
    void shouldKeyFiguresVenueStatusAndPartiesButNotPersons() {
        StoryFacts facts = StoryFacts.of(new Tags(new Talks(true, "Resumed", "Doha", List.of(), List.of()),
                List.of(killed(40_005)), List.of(new Party("Hamas", "armed_group", null, E),
                new Party("Antony Blinken", "person", "United States", E))));

        assertThat(facts.keys()).containsExactly("fact:figure:killed:40005", "fact:venue:doha", "fact:status:resumed",
                "fact:party:hamas");
    }

    @Test
    void shouldCallADistinctiveFigureWithOneMoreFactTheSameNewsButNotASmallOne() {
        StoryFacts big = StoryFacts.of(new Tags(Talks.NONE, List.of(killed(1_247)),
                List.of(new Party("Russia", "state", null, E))));
        StoryFacts small = StoryFacts.of(new Tags(Talks.NONE, List.of(killed(3)),
                List.of(new Party("Russia", "state", null, E))));

        assertThat(big.sameNews(Set.of("fact:figure:killed:1247", "fact:party:russia"), 100)).isTrue();
        assertThat(big.sameNews(Set.of("fact:figure:killed:1247"), 100)).isFalse();
        assertThat(small.sameNews(Set.of("fact:figure:killed:3", "fact:party:russia"), 100)).isFalse();
    }
}
