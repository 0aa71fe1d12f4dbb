package io.newswire.board.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.board.timeline.ConflictBoard.ConflictArticle;
import io.newswire.board.timeline.ConflictView.CasualtyPoint;
import io.newswire.board.timeline.ConflictView.CasualtyReport;
import io.newswire.board.timeline.ConflictView.CasualtySeries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictTimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static ConflictArticle report(String itemId, String outlet, int minutes, Figure... figures) {
        return new ConflictArticle("story-" + itemId, new StoryArticle(itemId, outlet, "title " + itemId,
                "http://example.org/" + itemId, T0.plusSeconds(60L * minutes), null, null, null, List.of(),
                List.of(figures), List.of(), List.of()));
    }

    private static Figure displaced(long count, String source) {
        return new Figure("displaced", source, "total", count, null, "about", "about " + count + " displaced", 0);
    }

    private static ConflictView view(ConflictArticle... articles) {
        return ConflictTimeline.view(new ConflictBoard("sudan", T0, List.of(), List.of(articles), List.of()));
    }

    @Test
    void shouldShowALowerLaterFigureBesideTheSeriesNotAsARevision() {
        ConflictView view = view(report("a", "Nile Post", 0, displaced(150_000, "UNHCR")),
                report("b", "Khartoum Daily", 30, displaced(180_000, "UNHCR")),
                report("c", "Port Sudan Times", 60, displaced(170_000, "UNHCR")));

        CasualtySeries series = view.casualties().get(0);
        assertThat(series.points()).extracting(CasualtyPoint::count).containsExactly(150_000L, 180_000L);
        assertThat(series.points()).extracting(CasualtyPoint::revisionOf).containsExactly(null, 150_000L);
        assertThat(series.others()).extracting(CasualtyReport::count, CasualtyReport::outlet)
                .containsExactly(tuple(170_000L, "Port Sudan Times"));
    }

    @Test
    void shouldKeepEachSourcesFiguresInASeriesOfItsOwn() {
        ConflictView view = view(report("a", "Nile Post", 0, displaced(150_000, "UNHCR")),
                report("b", "Nile Post", 10, displaced(120_000, "IOM")),
                report("c", "Nile Post", 20, displaced(160_000, "unhcr")));

        assertThat(view.casualties()).extracting(CasualtySeries::source).containsExactly("UNHCR", "IOM");
        assertThat(view.casualties().get(0).points()).extracting(CasualtyPoint::count)
                .containsExactly(150_000L, 160_000L);
        assertThat(view.casualties().get(1).points()).extracting(CasualtyPoint::revisionOf).containsOnlyNulls();
    }

    @Test
    void shouldOrderReportsByPublicationTimeWhateverTheirArrival() {
        ConflictView view = view(report("late", "Nile Post", 90, displaced(200_000, "UNHCR")),
                report("early", "Nile Post", 0, displaced(150_000, "UNHCR")));

        assertThat(view.casualties().get(0).points()).extracting(CasualtyPoint::count)
                .containsExactly(150_000L, 200_000L);
    }
}
