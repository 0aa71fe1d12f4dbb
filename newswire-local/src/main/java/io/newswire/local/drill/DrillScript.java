package io.newswire.local.drill;

import io.newswire.enrich.tag.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The items a drill publishes, in order, spread over its feeds: talks at a venue not seen before (a development
 * whatever the order the pipeline sees the items in, so its alert can be checked), rising casualty totals, talks
 * status changes, copies of earlier stories on other feeds, and news with nothing to alert on.
 */
public final class DrillScript {

    /** What an item is meant to be. */
    public enum Kind { NEW_VENUE, CASUALTIES, TALKS_STATUS, COPY, OTHER }

    /** One item to publish: on which feed, under which page name, and for a new venue which. */
    public record Item(int seq, Kind kind, String feedPath, String pageName, StoryWriter.Page page, String venue) {
    }

    /**
     * Venues the fixed parts of the pages already name, so they are not new; venues written with lower-case words
     * or punctuation ("Dar es Salaam") are left out, the tagger reads venues from capitalised runs.
     */
    private static final Set<String> KNOWN_VENUES = Set.of("Doha", "Cairo", "Washington", "Jerusalem", "Ramallah");
    private static final List<String> STATUS_VERBS = List.of("stalled", "resumed", "collapsed", "resumed",
            "stalled", "resumed");

    private final List<Item> items;

    private DrillScript(List<Item> items) {
        this.items = items;
    }

    /** {@code count} items over the feeds; new venues are capped by the venues the gazetteer knows. */
    public static DrillScript write(int count, List<String> feedPaths, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StoryWriter writer = new StoryWriter(seed);
        List<String> venues = new ArrayList<>(Gazetteer.bundled().venues().stream().distinct()
                .filter(v -> !KNOWN_VENUES.contains(v) && v.matches("[A-Z][a-z]+( [A-Z][a-z]+)*"))
                .toList());
        List<Item> items = new ArrayList<>();
        long killed = 40_600;
        int status = 0;
        for (int seq = 0; seq < count; seq++) {
            String feed = feedPaths.get(seq % feedPaths.size());
            String name = "drill-" + seq + ".html";
            int roll = random.nextInt(100);
            if (roll < 30 && !venues.isEmpty()) {
                String venue = venues.remove(random.nextInt(venues.size()));
                items.add(new Item(seq, Kind.NEW_VENUE, feed, name, writer.talksAtVenue(venue), venue));
            } else if (roll < 50) {
                killed += 10 + random.nextInt(300);
                items.add(new Item(seq, Kind.CASUALTIES, feed, name, writer.casualtyFigure(killed), null));
            } else if (roll < 60) {
                String verb = STATUS_VERBS.get(status++ % STATUS_VERBS.size());
                items.add(new Item(seq, Kind.TALKS_STATUS, feed, name, writer.talksStatus(verb), null));
            } else if (roll < 80 && !items.isEmpty()) {
                Item original = items.get(random.nextInt(items.size()));
                String otherFeed = feedPaths.get((feedPaths.indexOf(original.feedPath()) + 1) % feedPaths.size());
                items.add(new Item(seq, Kind.COPY, otherFeed, name, original.page(), null));
            } else {
                items.add(new Item(seq, Kind.OTHER, feed, name, writer.otherNews(seq), null));
            }
        }
        return new DrillScript(items);
    }

    public List<Item> items() {
        return items;
    }

    public long count(Kind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }
}
