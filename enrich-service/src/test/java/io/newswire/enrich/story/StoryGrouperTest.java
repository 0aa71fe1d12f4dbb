package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
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
        StoryAssignment story = grouper.assign("a1", WIRE_STORY, Tags.NONE, 0, memory);

        assertThat(story).isEqualTo(new StoryAssignment("a1", null));
    }

    @Test
    void shouldMarkARepublishedCopyAsDuplicateOfTheOriginal() {
        grouper.assign("a1", WIRE_STORY, Tags.NONE, 0, memory);

        StoryAssignment copy = grouper.assign("b7", "With AFP. " + WIRE_STORY + " Read more.", Tags.NONE, 1_000, memory);

        assertThat(copy).isEqualTo(new StoryAssignment("a1", "a1"));
    }

    @Test
    void shouldGroupARewriteIntoTheSameStoryWithoutCallingItACopy() {
        grouper.assign("a1", WIRE_STORY, Tags.NONE, 0, memory);

        StoryAssignment rewrite = grouper.assign("c3", REWRITE, Tags.NONE, 1_000, memory);

        assertThat(rewrite.storyId()).isEqualTo("a1");
        assertThat(rewrite.duplicateOf()).isNull();
    }

    @Test
    void shouldKeepUnrelatedArticlesInSeparateStories() {
        grouper.assign("a1", WIRE_STORY, Tags.NONE, 0, memory);

        assertThat(grouper.assign("d4", OTHER_STORY, Tags.NONE, 1_000, memory).storyId()).isEqualTo("d4");
    }

    @Test
    void shouldNotMatchArticlesOlderThanTheRetentionWindow() {
        StoryGrouper shortMemory = new StoryGrouper(new MinHash(3, 32, 2, 1), 0.3, 0.75, Duration.ofHours(1),
                Duration.ofHours(1));
        shortMemory.assign("a1", WIRE_STORY, Tags.NONE, 0, memory);

        StoryAssignment late = shortMemory.assign("b7", WIRE_STORY, Tags.NONE, Duration.ofHours(2).toMillis(), memory);

        assertThat(late.storyId()).isEqualTo("b7");
    }

    @Test
    void shouldGiveEveryArticleWithoutTextItsOwnStory() {
        grouper.assign("a1", "", Tags.NONE, 0, memory);

        assertThat(grouper.assign("a2", "", Tags.NONE, 0, memory).storyId()).isEqualTo("a2");
    }

    private static final String TOLL = "The Health Ministry in Gaza said on Tuesday that 41,020 people had been "
            + "killed and 95,200 wounded since October, as Israeli strikes continued across the territory.";
    private static final String TOLL_PARAPHRASE = "Palestinian health officials put the death toll at 41,020 with "
            + "95,200 injured; Israel's military said it had hit dozens of targets overnight.";
    private static final String LATER_TOLL = "Gaza's health authorities raised the number of dead to 41,118 on "
            + "Wednesday, with 95,200 injured, after an overnight Israeli bombardment.";
    private static final String TALKS = "Israeli and Hamas negotiators resumed indirect talks in Cairo on Sunday, "
            + "Egyptian officials said, after a two-week pause.";
    private static final String TALKS_PARAPHRASE = "Delegations from Hamas and Israel were back at the table in the "
            + "Egyptian capital Cairo, where mediators said discussions had restarted.";
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private static Tags figures(long... killedThenWounded) {
        Evidence e = new Evidence("s", 0, 1);
        return new Tags(Talks.NONE, List.of(
                new Casualty(killedThenWounded[0], null, "killed", "exact", false, "Gaza Health Ministry", true, e),
                new Casualty(killedThenWounded[1], null, "injured", "exact", false, "Gaza Health Ministry", true, e)),
                List.of(new Party("Israel", "state", null, e)));
    }

    private static Tags talks(String status, String venue) {
        Evidence e = new Evidence("s", 0, 1);
        return new Tags(new Talks(true, status, venue, List.of("Egypt"), List.of(e)), List.of(),
                List.of(new Party("Israel", "state", null, e), new Party("Hamas", "armed_group", null, e)));
    }

    @Test
    void shouldJoinAParaphraseStatingTheSameFiguresToItsStory() {
        grouper.assign("a1", TOLL, figures(41_020, 95_200), 0, memory);

        StoryAssignment paraphrase = grouper.assign("b2", TOLL_PARAPHRASE, figures(41_020, 95_200), 3 * HOUR, memory);

        assertThat(paraphrase).isEqualTo(new StoryAssignment("a1", null));
    }

    @Test
    void shouldJoinATalksParaphraseWithTheSameVenueStatusAndParties() {
        grouper.assign("a1", TALKS, talks("resumed", "Cairo"), 0, memory);

        assertThat(grouper.assign("b2", TALKS_PARAPHRASE, talks("resumed", "Cairo"), HOUR, memory).storyId())
                .isEqualTo("a1");
        assertThat(grouper.assign("c3", "Talks in Cairo broke up without a deal.", talks("stalled", "Cairo"),
                2 * HOUR, memory).storyId()).isEqualTo("c3");
    }

    @Test
    void shouldKeepANewFigureAndAReportOutsideTheWindowApart() {
        grouper.assign("a1", TOLL, figures(41_020, 95_200), 0, memory);

        assertThat(grouper.assign("b2", LATER_TOLL, figures(41_118, 95_201), HOUR, memory).storyId())
                .isEqualTo("b2");
        assertThat(grouper.assign("c3", TOLL_PARAPHRASE, figures(41_020, 95_200), 30 * HOUR, memory).storyId())
                .isEqualTo("c3");
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
