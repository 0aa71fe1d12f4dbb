package io.newswire.local.drill;

import io.newswire.local.LocalInfrastructure;
import io.newswire.local.demo.DemoFeedServer;
import io.newswire.local.demo.DemoFeeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Publishes the script's items on the feed server at an even pace over the publishing period and runs each
 * drill step when its share of the period has passed.
 */
final class Publisher {

    private final LocalInfrastructure infra;
    private final DrillScript script;
    private final List<String> publishedPaths = new ArrayList<>();

    /** The demo feeds' own items count as published: they are on the feeds from the start. */
    Publisher(LocalInfrastructure infra, DrillScript script, DemoFeeds demo) {
        this.infra = infra;
        this.script = script;
        for (DemoFeeds.Feed feed : demo.feeds()) {
            String folder = feed.path().substring(0, feed.path().lastIndexOf('/') + 1);
            feed.items().forEach(item -> publishedPaths.add(folder + item.page()));
        }
    }

    void run(long totalMillis, Map<Double, FaultDrill.Step> steps, Consumer<String> note) throws Exception {
        for (String feedUrl : infra.feeds().feedUrls()) {
            note.accept("feed " + feedUrl);
        }
        long start = System.currentTimeMillis();
        Iterator<Map.Entry<Double, FaultDrill.Step>> pending = steps.entrySet().iterator();
        Map.Entry<Double, FaultDrill.Step> next = pending.hasNext() ? pending.next() : null;
        List<DrillScript.Item> items = script.items();
        for (int i = 0; i < items.size(); i++) {
            long due = start + totalMillis * i / items.size();
            while (next != null && start + (long) (next.getKey() * totalMillis) <= due) {
                waitUntil(start + (long) (next.getKey() * totalMillis));
                next.getValue().run();
                next = pending.hasNext() ? pending.next() : null;
            }
            waitUntil(due);
            DrillScript.Item item = items.get(i);
            DemoFeedServer.Published published = infra.feeds().publish(item.feedPath(), item.page().headline(),
                    item.page().summary(), item.pageName(), item.page().html(), Instant.now());
            synchronized (this) {
                publishedPaths.add(published.pagePath());
            }
            if ((i + 1) % 25 == 0) {
                note.accept((i + 1) + " items published");
            }
        }
        while (next != null) {
            waitUntil(start + (long) (next.getKey() * totalMillis));
            next.getValue().run();
            next = pending.hasNext() ? pending.next() : null;
        }
    }

    /** Pages of every item on the feeds. */
    synchronized List<String> publishedPaths() {
        return List.copyOf(publishedPaths);
    }

    private static void waitUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
