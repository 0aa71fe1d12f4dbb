package io.newswire.local.demo;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small local news site: RSS and Atom feeds whose items link to article pages on the same server. Items can be
 * published while it runs, as on a real site, so a test can time an item from its appearance to its alert. Like a
 * well-run site it gives each feed an ETag and answers a matching conditional GET with 304.
 */
public final class DemoFeedServer implements AutoCloseable {

    /** A published item: where its page is served and when it appeared. */
    public record Published(String feedPath, String title, String summary, String pagePath, Instant publishedAt) {
    }

    /** Items a feed document lists, newest first: a news site's feed is a window on its latest stories. */
    public static final int FEED_WINDOW = 100;

    private final HttpServer server;
    /** Part of every ETag, so that a validator a poller kept from an earlier run of the server never matches. */
    private final String incarnation = Long.toString(System.currentTimeMillis(), 36);
    private final Map<String, DemoFeeds.Feed> feeds = new LinkedHashMap<>();
    private final Map<String, List<Published>> items = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, RenderedFeed> rendered = new ConcurrentHashMap<>();

    /** A feed document as served, for the first {@code items} items of its feed (items are only ever added). */
    private record RenderedFeed(int items, String etag, byte[] body) {
    }

    private DemoFeedServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on loopback at the port (0: a free one) with the given feeds and their items already published. */
    public static DemoFeedServer start(int port, DemoFeeds demo, Clock clock) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            DemoFeedServer server = new DemoFeedServer(http);
            Instant now = clock.instant();
            for (DemoFeeds.Feed feed : demo.feeds()) {
                server.feeds.put(feed.path(), feed);
                server.items.put(feed.path(), new CopyOnWriteArrayList<>());
                for (DemoFeeds.Item item : feed.items()) {
                    Instant publishedAt = now.minus(Duration.ofMinutes(item.ageMinutes()));
                    server.publish(feed.path(), item.title(), item.summary(), item.page(),
                            DemoFeeds.render(feed.outlet(), item, publishedAt), publishedAt);
                }
            }
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo feed server on port " + port, e);
        }
    }

    /** Adds an item to a feed, with its page served under the feed's folder. */
    public Published publish(String feedPath, String title, String summary, String pageName, byte[] html,
                             Instant publishedAt) {
        String folder = feedPath.substring(0, feedPath.lastIndexOf('/') + 1);
        Published item = new Published(feedPath, title, summary, folder + pageName, publishedAt);
        pages.put(item.pagePath(), html);
        items.get(feedPath).add(item);
        return item;
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<String> feedUrls() {
        return feeds.keySet().stream().map(path -> baseUrl() + path).toList();
    }

    public String feedTitle(String feedPath) {
        return feeds.get(feedPath).title();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        DemoFeeds.Feed feed = feeds.get(path);
        if (feed != null) {
            RenderedFeed current = current(feed);
            exchange.getResponseHeaders().set("ETag", current.etag());
            if (current.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            respond(exchange, 200, feed.type().startsWith("atom") ? "application/atom+xml" : "application/rss+xml",
                    current.body());
        } else if (pages.containsKey(path)) {
            respond(exchange, 200, "text/html; charset=utf-8", pages.get(path));
        } else {
            respond(exchange, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private RenderedFeed current(DemoFeeds.Feed feed) {
        RenderedFeed cached = rendered.get(feed.path());
        if (cached != null && cached.items() == items.get(feed.path()).size()) {
            return cached;
        }
        List<Published> published = List.copyOf(items.get(feed.path()));
        RenderedFeed fresh = new RenderedFeed(published.size(), "\"" + incarnation + "-" + published.size() + "\"",
                render(feed, published).getBytes(StandardCharsets.UTF_8));
        rendered.put(feed.path(), fresh);
        return fresh;
    }

    private String render(DemoFeeds.Feed feed, List<Published> published) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(feed.type());
        syndFeed.setTitle(feed.title());
        syndFeed.setLink(baseUrl() + "/");
        syndFeed.setUri(baseUrl() + feed.path());
        syndFeed.setDescription(feed.title());
        List<SyndEntry> entries = new ArrayList<>();
        for (Published item : published.subList(Math.max(0, published.size() - FEED_WINDOW), published.size())) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(baseUrl() + item.pagePath());
            entry.setUri(baseUrl() + item.pagePath());
            entry.setPublishedDate(Date.from(item.publishedAt()));
            entry.setUpdatedDate(Date.from(item.publishedAt()));
            SyndContentImpl description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(item.summary());
            entry.setDescription(description);
            entries.add(0, entry);
        }
        syndFeed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(syndFeed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot render demo feed " + feed.path(), e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
