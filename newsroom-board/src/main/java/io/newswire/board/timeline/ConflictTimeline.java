package io.newswire.board.timeline;

import io.newswire.board.timeline.ConflictBoard.ConflictArticle;
import io.newswire.board.timeline.ConflictView.CasualtyPoint;
import io.newswire.board.timeline.ConflictView.CasualtyReport;
import io.newswire.board.timeline.ConflictView.CasualtySeries;
import io.newswire.board.timeline.ConflictView.TalksStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws a conflict's timeline from its facts, in the order the articles were published. A casualty series follows
 * the rule of the alerts: a figure above the source's last one is a revision of it, an equal one adds its report to
 * that figure, a lower one is shown beside the series.
 */
public final class ConflictTimeline {

    private static final Comparator<ConflictArticle> BY_TIME = Comparator
            .comparing((ConflictArticle a) -> a.article().reportedAt(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().itemId());

    private ConflictTimeline() {
    }

    public static ConflictView view(ConflictBoard board) {
        List<ConflictArticle> articles = board.articles().stream().sorted(BY_TIME).toList();
        List<TalksStep> talks = talks(articles);
        Set<String> parties = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ConflictArticle a : articles) {
            parties.addAll(a.article().parties());
            if (a.article().outlet() != null) {
                sources.add(a.article().outlet());
            }
        }
        List<StoryAlert> developments = board.alerts().stream()
                .sorted(Comparator.comparing(StoryAlert::firstSeen, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StoryAlert::alertId))
                .toList();
        List<ConflictBoard.StoryRef> stories = board.stories().stream()
                .sorted(Comparator.comparing(ConflictBoard.StoryRef::firstSeen,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return new ConflictView(board.conflict(), board.updatedAt(),
                talks.isEmpty() ? null : talks.get(talks.size() - 1).status(), talks, casualties(articles),
                List.copyOf(parties), List.copyOf(sources), stories, developments);
    }

    public static ConflictSummary summary(ConflictBoard board) {
        ConflictView view = view(board);
        return new ConflictSummary(view.id(), view.updatedAt(), view.talksStatus(), view.stories().size(),
                view.sources().size(), view.developments().size());
    }

    private static List<TalksStep> talks(List<ConflictArticle> articles) {
        List<TalksStep> steps = new ArrayList<>();
        String current = null;
        for (ConflictArticle a : articles) {
            StoryArticle article = a.article();
            if (article.talksStatus() == null) {
                continue;
            }
            String status = article.talksStatus().toLowerCase(Locale.ROOT);
            String sentence = article.evidence().stream().filter(e -> "talks".equals(e.kind()))
                    .map(EvidenceLine::sentence).findFirst().orElse(null);
            steps.add(new TalksStep(article.reportedAt(), status, !status.equals(current), article.venue(),
                    article.mediators(), a.storyId(), article.itemId(), article.outlet(), sentence));
            current = status;
        }
        return steps;
    }

    private static List<CasualtySeries> casualties(List<ConflictArticle> articles) {
        Map<String, SeriesBuilder> series = new LinkedHashMap<>();
        for (ConflictArticle a : articles) {
            List<Figure> figures = a.article().figures().stream().sorted(Comparator.comparingInt(Figure::start))
                    .toList();
            for (Figure figure : figures) {
                String key = figure.kind() + '\n' + figure.source().toLowerCase(Locale.ROOT) + '\n' + figure.scope();
                series.computeIfAbsent(key, k -> new SeriesBuilder(figure)).add(a, figure);
            }
        }
        return series.values().stream().map(SeriesBuilder::build).toList();
    }

    /** One series built report by report in publication order. */
    private static final class SeriesBuilder {
        private final Figure first;
        private final List<PointBuilder> points = new ArrayList<>();
        private final List<CasualtyReport> others = new ArrayList<>();

        SeriesBuilder(Figure first) {
            this.first = first;
        }

        void add(ConflictArticle a, Figure figure) {
            Instant at = a.article().reportedAt();
            CasualtyReport report = new CasualtyReport(at, figure.count(), a.article().outlet(),
                    a.article().itemId(), a.storyId(), figure.sentence());
            PointBuilder last = points.isEmpty() ? null : points.get(points.size() - 1);
            PointBuilder same = points.stream().filter(p -> p.figure.count() == figure.count()).findFirst()
                    .orElse(null);
            if (same != null) {
                same.reports.add(report);
            } else if (last == null || figure.count() > last.figure.count()) {
                points.add(new PointBuilder(at, figure, last == null ? null : last.figure.count(), report));
            } else {
                others.add(report);
            }
        }

        CasualtySeries build() {
            return new CasualtySeries(first.kind(), first.source(), first.scope(),
                    points.stream().map(PointBuilder::build).toList(), List.copyOf(others));
        }
    }

    private static final class PointBuilder {
        private final Instant at;
        private final Figure figure;
        private final Long revisionOf;
        private final List<CasualtyReport> reports = new ArrayList<>();

        PointBuilder(Instant at, Figure figure, Long revisionOf, CasualtyReport report) {
            this.at = at;
            this.figure = figure;
            this.revisionOf = revisionOf;
            reports.add(report);
        }

        CasualtyPoint build() {
            return new CasualtyPoint(at, figure.count(), figure.countHigh(), figure.qualifier(), revisionOf,
                    List.copyOf(reports));
        }
    }
}
