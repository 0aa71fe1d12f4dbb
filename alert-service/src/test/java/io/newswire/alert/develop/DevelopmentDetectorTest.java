package io.newswire.alert.develop;

import static io.newswire.alert.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Article;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevelopmentDetectorTest {

    private static final Instant AT = Instant.parse("2024-08-15T10:01:00Z");

    private final DevelopmentDetector detector = new DevelopmentDetector(ConflictKnowledge.bundled());

    private Detection detect(ConflictState conflict, StoryState story, Article article) {
        return detector.detect(conflict, story, article, AT);
    }

    private Detection first(Article article) {
        return detect(ConflictState.empty("israel-gaza"), StoryState.empty(article.storyId()), article);
    }

    private static Alert only(Detection detection, AlertKind kind) {
        List<Alert> alerts = detection.alerts().stream().filter(a -> a.kind() == kind).toList();
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    @Test
    void shouldReportEveryKindOfDevelopmentInAFirstStory() {
        Detection d = first(article("a1").talks("resumed", "Doha", "Qatar", "United States")
                .killed(40_000, "Health Ministry").killed(40_005, "Health Ministry")
                .parties("Israel", "Qatar").party("Hamas", "armed_group").party("Antony Blinken", "person").build());

        assertThat(d.alerts()).extracting(Alert::kind)
                .containsExactly(AlertKind.TALKS, AlertKind.CASUALTIES, AlertKind.PARTIES);
        assertThat(only(d, AlertKind.TALKS).changes())
                .containsExactly("Talks resumed", "New venue: Doha", "New mediators: Qatar, United States");
        assertThat(only(d, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties: 40,005 killed, Health Ministry");
        assertThat(only(d, AlertKind.PARTIES).changes()).containsExactly("Newly involved: Israel, Hamas");
        assertThat(only(d, AlertKind.PARTIES).parties()).contains("Antony Blinken");
        assertThat(d.alerts()).allSatisfy(a -> {
            assertThat(a.version()).isEqualTo(1);
            assertThat(a.conflict()).isEqualTo("israel-gaza");
            assertThat(a.sources()).extracting(AlertSource::itemId).containsExactly("a1");
        });
    }

    @Test
    void shouldReviseACasualtyFigureQuotingTheLastOneFromTheSameSource() {
        Detection seed = first(article("a1").killed(40_005, "Gaza Health Ministry").build());

        Detection later = detect(seed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").killed(40_500, "Gaza Health Ministry").build());

        assertThat(only(later, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry");
    }

    @Test
    void shouldIgnoreAFigureNotAboveTheLastFromTheSameSource() {
        Detection seed = first(article("a1").killed(40_005, "Gaza Health Ministry").build());

        Detection same = detect(seed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").killed(40_005, "Gaza Health Ministry").killed(39_000, "Gaza Health Ministry")
                        .build());

        assertThat(same.alerts()).isEmpty();
    }

    @Test
    void shouldNoteAnotherSourcesFigureBesideTheSeriesWithoutAnAlert() {
        Detection seed = first(article("a1").killed(40_005, "Gaza Health Ministry").build());

        Detection other = detect(seed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").killed(38_000, "UN human rights office").build());
        Detection revised = detect(other.conflict(), StoryState.empty("s3"),
                article("c1").story("s3").killed(40_500, "Gaza Health Ministry").build());

        assertThat(other.alerts()).isEmpty();
        assertThat(other.bulletin()).isNull();
        assertThat(only(revised, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry");
        assertThat(only(revised, AlertKind.CASUALTIES).otherSources())
                .containsExactly("UN human rights office: 38,000 killed");
    }

    @Test
    void shouldNoteALowerFigureOfTheSameSourceAndKeepRevisingFromTheHighest() {
        Detection seed = first(article("a1").killed(40_005, "Gaza Health Ministry").build());

        Detection lower = detect(seed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").killed(39_900, "Gaza Health Ministry").build());
        Detection revised = detect(lower.conflict(), StoryState.empty("s3"),
                article("c1").story("s3").killed(40_100, "Gaza Health Ministry").build());

        assertThat(lower.alerts()).isEmpty();
        assertThat(only(revised, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties revised: 40,005 → 40,100 killed, Gaza Health Ministry");
        assertThat(only(revised, AlertKind.CASUALTIES).otherSources())
                .containsExactly("Gaza Health Ministry (lower figure): 39,900 killed");
    }

    @Test
    void shouldSayThatNoSourceWasGivenAndNeverNameAPlaceAsTheSource() {
        Detection unattributed = first(article("a1").figure(12, "killed", null, false).build());
        Detection place = first(article("b1").figure(40_005, "killed", "Gaza", true).build());

        assertThat(only(unattributed, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties: 12 killed, no source given");
        assertThat(only(place, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties: 40,005 killed, no source given");
    }

    @Test
    void shouldLetAQuotedSourceStartItsSeriesAfterAFigureWithNoSource() {
        Detection unattributed = first(article("a1").killed(40_000, null).build());

        Detection quoted = detect(unattributed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").killed(40_005, "Gaza Health Ministry").build());

        assertThat(only(quoted, AlertKind.CASUALTIES).developments()).extracting(Development::type)
                .containsExactly(ChangeType.FIRST_FIGURE);
    }

    @Test
    void shouldCompareOneIncidentsFiguresOnlyWithinItsStory() {
        Detection strike = first(article("a1").story("s1").figure(12, "killed", "civil defence", false).build());

        Detection otherStrike = detect(strike.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").figure(15, "killed", "civil defence", false).build());
        Detection update = detect(strike.conflict(), strike.story(),
                article("a2").story("s1").figure(14, "killed", "civil defence", false).build());

        assertThat(only(otherStrike, AlertKind.CASUALTIES).changes())
                .containsExactly("Casualties: 15 killed, civil defence");
        assertThat(update.bulletin().top().change()).isEqualTo("Casualties revised: 12 → 14 killed, civil defence");
    }

    @Test
    void shouldReportATalksStatusChangeButNotARepeatedStatus() {
        Detection resumed = first(article("a1").talks("resumed", "Doha", "Qatar").build());

        Detection again = detect(resumed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").publishedAt("2024-08-16T09:00:00Z").talks("resumed", "Doha", "Qatar").build());
        Detection stalled = detect(again.conflict(), StoryState.empty("s3"),
                article("c1").story("s3").publishedAt("2024-08-17T09:00:00Z").talks("stalled", "Doha", "Qatar").build());

        assertThat(again.alerts()).isEmpty();
        assertThat(only(stalled, AlertKind.TALKS).changes()).containsExactly("Talks status: resumed → stalled");
    }

    @Test
    void shouldTreatARestatementOfTheCurrentPhaseAsNoChange() {
        Detection resumed = first(article("a1").talks("resumed", "Doha").build());
        Detection ongoing = detect(resumed.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").publishedAt("2024-08-16T09:00:00Z").talks("ongoing", "Doha").build());
        Detection stalled = detect(ongoing.conflict(), StoryState.empty("s3"),
                article("c1").story("s3").publishedAt("2024-08-17T09:00:00Z").talks("stalled", "Doha").build());
        Detection deadlocked = detect(stalled.conflict(), StoryState.empty("s4"),
                article("d1").story("s4").publishedAt("2024-08-18T09:00:00Z").talks("deadlocked", "Doha").build());

        assertThat(ongoing.alerts()).isEmpty();
        assertThat(only(stalled, AlertKind.TALKS).changes()).containsExactly("Talks status: resumed → stalled");
        assertThat(deadlocked.alerts()).isEmpty();
    }

    @Test
    void shouldKeepAStatusChangeThatAStoryReportsTwiceAsTwoAlerts() {
        List<String> statuses = List.of("resumed", "stalled", "resumed", "stalled");
        Detection d = new Detection(ConflictState.empty("israel-gaza"), StoryState.empty("s"), List.of(), null);
        for (int day = 0; day < statuses.size(); day++) {
            d = detect(d.conflict(), d.story(), article("a" + day).story("s")
                    .publishedAt("2024-08-1" + (5 + day) + "T09:00:00Z").talks(statuses.get(day), "Doha").build());
        }

        assertThat(d.story().alerts()).extracting(Alert::alertId).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void shouldNotLetAnOlderReportTurnTheTalksStatusBack() {
        Detection stalled = first(article("a1").publishedAt("2024-08-17T09:00:00Z").talks("stalled", "Doha").build());

        Detection older = detect(stalled.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").publishedAt("2024-08-15T09:00:00Z").talks("resumed", "Doha").build());

        assertThat(older.alerts()).isEmpty();
        assertThat(older.conflict().talksStatus()).isEqualTo("stalled");
    }

    @Test
    void shouldReportANewVenueAndMediatorOnly() {
        Detection doha = first(article("a1").talks("ongoing", "Doha", "Qatar").build());

        Detection cairo = detect(doha.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").talks("ongoing", "Cairo", "Qatar", "Egypt").build());

        assertThat(only(cairo, AlertKind.TALKS).changes()).containsExactly("New venue: Cairo", "New mediator: Egypt");
    }

    @Test
    void shouldTakeACityOfACountryAlreadyNamedAsTheSameVenue() {
        Detection qatar = first(article("a1").talks("resumed", "Qatar").build());

        Detection doha = detect(qatar.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").talks("resumed", "Doha").build());
        Detection lusail = detect(doha.conflict(), StoryState.empty("s3"),
                article("c1").story("s3").talks("resumed", "Lusail").build());
        Detection qatarAgain = detect(lusail.conflict(), StoryState.empty("s4"),
                article("d1").story("s4").talks("resumed", "Qatar").build());

        assertThat(only(qatar, AlertKind.TALKS).changes()).contains("New venue: Qatar");
        assertThat(doha.alerts()).isEmpty();
        assertThat(only(lusail, AlertKind.TALKS).changes()).containsExactly("New venue: Lusail");
        assertThat(qatarAgain.alerts()).isEmpty();
    }

    @Test
    void shouldInvolveAPartyOncePerConflictNotPerStory() {
        Detection first = first(article("a1").parties("Israel").party("Hamas", "armed_group").build());

        Detection second = detect(first.conflict(), StoryState.empty("s2"),
                article("b1").story("s2").party("Hamas", "armed_group").parties("Iran").build());

        assertThat(only(second, AlertKind.PARTIES).changes()).containsExactly("Newly involved: Iran");
    }

    @Test
    void shouldRaiseNothingForAStoryWithoutConflictOrParty() {
        Detection league = detector.detect(ConflictState.empty(null), StoryState.empty("s1"),
                article("a1").story("s1").talks("ongoing", "Manchester").figure(40, "killed", null, false).build(), AT);

        assertThat(league.alerts()).isEmpty();
        assertThat(league.bulletin()).isNull();
    }

    @Test
    void shouldLetARewriteThatBringsNothingNewOnlyAddItsSource() {
        Detection original = first(article("a1").story("s1").talks("resumed", "Doha").killed(40_005, "Gaza Health Ministry")
                .parties("Israel").build());

        Detection rewrite = detect(original.conflict(), original.story(), article("a2").story("s1").source("Other Outlet")
                .talks("ongoing", "Qatar").killed(40_005, "Gaza Health Ministry").parties("Israel").build());

        assertThat(rewrite.bulletin()).isNull();
        assertThat(rewrite.alerts()).hasSize(3).allSatisfy(a -> assertThat(a.version()).isEqualTo(2));
    }

    @Test
    void shouldPutAnArticlesDevelopmentsInOneBulletinMostImportantFirst() {
        Detection seed = first(article("a1").talks("resumed", "Doha").killed(40_005, "Gaza Health Ministry").build());

        Detection stall = detect(seed.conflict(), StoryState.empty("s2"), article("b1").story("s2")
                .publishedAt("2024-08-17T09:00:00Z").talks("stalled", "Doha", "Egypt")
                .killed(40_500, "Gaza Health Ministry").party("Hezbollah", "armed_group").build());

        assertThat(stall.bulletin().developments()).extracting(Development::type).containsExactly(
                ChangeType.REVISION, ChangeType.STATUS_CHANGE, ChangeType.NEW_MEDIATOR, ChangeType.NEW_PARTY);
        assertThat(stall.bulletin().developments()).allSatisfy(d -> assertThat(stall.alerts())
                .extracting(Alert::alertId).contains(d.alertId()));
    }

    @Test
    void shouldAddACopysSourceToTheStoryAlertsWithoutANewAlert() {
        Detection original = first(article("a1").story("s1").talks("resumed", "Doha").parties("Israel").build());

        Detection copy = detect(original.conflict(), original.story(), article("a2").story("s1").copyOf("a1")
                .source("Other Outlet").talks("resumed", "Doha").parties("Israel", "Iran").build());

        assertThat(copy.alerts()).extracting(Alert::alertId)
                .containsExactlyElementsOf(original.alerts().stream().map(Alert::alertId).toList());
        assertThat(copy.alerts()).allSatisfy(a -> {
            assertThat(a.version()).isEqualTo(2);
            assertThat(a.sources()).extracting(AlertSource::source).containsExactly("Example News", "Other Outlet");
        });
        assertThat(copy.conflict()).isEqualTo(original.conflict());
    }

    @Test
    void shouldChangeNothingWhenTheSameItemComesAgain() {
        Article article = article("a1").talks("resumed", "Doha").build();
        Detection once = first(article);

        Detection twice = detect(once.conflict(), once.story(), article);

        assertThat(twice.alerts()).isEmpty();
        assertThat(twice.story()).isEqualTo(once.story());
    }

    @Test
    void shouldGiveTheSameAlertIdsWhenReplayed() {
        Article article = article("a1").talks("resumed", "Doha").killed(10, "UN").parties("Israel").build();

        assertThat(first(article).alerts()).extracting(Alert::alertId)
                .containsExactlyElementsOf(first(article).alerts().stream().map(Alert::alertId).toList())
                .doesNotHaveDuplicates();
    }
}
