package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final String WIRE_STORY = "Pressure is mounting for a Gaza ceasefire as talks resumed Thursday in "
            + "Qatar, aiming to stop the spread of a war that the territory's Health Ministry said has killed 40,000. "
            + "A source with knowledge of the talks confirmed to AFP that they had begun in the Qatari capital Doha. "
            + "The source did not disclose whether Hamas had dispatched any delegates to the talks which Israel and "
            + "CIA director William Burns planned to attend.";
    private static final String REWRITE = "Talks resumed Thursday in Qatar amid mounting pressure for a Gaza "
            + "ceasefire. A source with knowledge of the talks confirmed to AFP that they had begun in the Qatari "
            + "capital Doha, while the territory's Health Ministry said the war has killed 40,000. It was unclear "
            + "whether Hamas had dispatched any delegates to the talks.";
    private static final String OTHER_STORY = "Flooding in the north of the country has forced thousands of families "
            + "from their homes, officials said on Monday, as rivers burst their banks after a week of heavy rain and "
            + "emergency crews struggled to reach villages cut off by landslides.";

    private final StoryGrouper grouper = StoryGrouper.defaults();
    private final MapMemory memory = new MapMemory();

    @Test
    void shouldStartANewStoryForTheFirstArticle() {
        StoryAssignment story = grouper.assign("a1", WIRE_STORY, 0, memory);

        assertThat(story).isEqualTo(new StoryAssignment("a1", null));
    }

    @Test
    void shouldMarkARepublishedCopyAsDuplicateOfTheOriginal() {
        grouper.assign("a1", WIRE_STORY, 0, memory);

        StoryAssignment copy = grouper.assign("b7", "With AFP. " + WIRE_STORY + " Read more.", 1_000, memory);

        assertThat(copy).isEqualTo(new StoryAssignment("a1", "a1"));
    }

    @Test
    void shouldGroupARewriteIntoTheSameStoryWithoutCallingItACopy() {
        grouper.assign("a1", WIRE_STORY, 0, memory);

        StoryAssignment rewrite = grouper.assign("c3", REWRITE, 1_000, memory);

        assertThat(rewrite.storyId()).isEqualTo("a1");
        assertThat(rewrite.duplicateOf()).isNull();
    }

    @Test
    void shouldKeepUnrelatedArticlesInSeparateStories() {
        grouper.assign("a1", WIRE_STORY, 0, memory);

        assertThat(grouper.assign("d4", OTHER_STORY, 1_000, memory).storyId()).isEqualTo("d4");
    }

    @Test
    void shouldNotMatchArticlesOlderThanTheRetentionWindow() {
        StoryGrouper shortMemory = new StoryGrouper(new MinHash(3, 32, 2, 1), 0.3, 0.75, Duration.ofHours(1));
        shortMemory.assign("a1", WIRE_STORY, 0, memory);

        StoryAssignment late = shortMemory.assign("b7", WIRE_STORY, Duration.ofHours(2).toMillis(), memory);

        assertThat(late.storyId()).isEqualTo("b7");
    }

    @Test
    void shouldGiveEveryArticleWithoutTextItsOwnStory() {
        grouper.assign("a1", "", 0, memory);

        assertThat(grouper.assign("a2", "", 0, memory).storyId()).isEqualTo("a2");
    }

    private static final class MapMemory implements StoryMemory {
        private final Map<String, StoryMember> members = new HashMap<>();
        private final Map<String, List<String>> bands = new HashMap<>();

        @Override
        public Optional<StoryMember> member(String itemId) {
            return Optional.ofNullable(members.get(itemId));
        }

        @Override
        public List<String> itemsInBand(String bandKey) {
            return bands.getOrDefault(bandKey, List.of());
        }

        @Override
        public void remember(StoryMember member, List<String> bandKeys) {
            members.put(member.itemId(), member);
            bandKeys.forEach(band -> bands.computeIfAbsent(band, b -> new ArrayList<>()).add(member.itemId()));
        }
    }
}
