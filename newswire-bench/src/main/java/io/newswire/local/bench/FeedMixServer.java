package io.newswire.local.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many small news sites in one process: {@code feeds} RSS feeds spread over {@code hosts} loopback addresses
 * 127.1.x.y (Linux routes all of 127/8 to the loopback interface), each feed behaving as its {@link FeedKind} says.
 * A healthy feed gains an item every {@code changeEvery} (each feed at its own phase), carries an ETag and a
 * Last-Modified and answers a matching conditional GET with 304; its items link to small article pages on its host.
 *
 * <p>The listener is bound to the wildcard address (one socket for thousands of addresses) and drops every
 * connection that does not both come from and go to a loopback address.
 */
public final class FeedMixServer implements AutoCloseable {

    /** What the server answered; counted per answer. */
    public enum Answer {
        FEED_200, FEED_304, RATE_LIMITED_429, SERVER_ERROR_500, MALFORMED_200, DROPPED, ARTICLE_200, NOT_FOUND;

        /** Whether this answers a request for a feed, so counts one poll. */
        public boolean isFeed() {
            return this != ARTICLE_200 && this != NOT_FOUND;
        }
    }

    /** The shape of the served sites. */
    public record Settings(int feeds, int hosts, FeedMix mix, int itemsPerFeed, Duration changeEvery,
                           Duration slowDelay, Duration retryAfter, int threads) {

        public Settings {
            if (feeds < 1 || hosts < 1 || hosts > 254 * 256 || itemsPerFeed < 1 || threads < 1) {
                throw new IllegalArgumentException("need feeds, items and threads >= 1 and 1 <= hosts <= 65024");
            }
        }
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final byte[] ERROR_PAGE = ("<!DOCTYPE html><html><head><title>Page not found</title></head>"
            + "<body><h1>Sorry, this page has moved</h1><p>Try our <a href=\"/\">home page</a>.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    private static final String ARTICLE_FILLER = "<p>" + "Negotiators met again on Tuesday to discuss the terms. "
            .repeat(20) + "</p>";

    private final Settings settings;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(
            daemon("feed-mix-delay"));
    private final Map<Answer, LongAdder> answers = new EnumMap<>(Answer.class);
    private final AtomicIntegerArray feedRequests;

    private FeedMixServer(Settings settings, Clock clock, HttpServer server) {
        this.settings = settings;
        this.clock = clock;
        this.server = server;
        this.handlers = Executors.newFixedThreadPool(settings.threads(), daemon("feed-mix-http"));
        this.feedRequests = new AtomicIntegerArray(settings.feeds());
        for (Answer answer : Answer.values()) {
            answers.put(answer, new LongAdder());
        }
    }

    /** Starts listening on the port (0: a free one). */
    public static FeedMixServer start(int port, Settings settings, Clock clock) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(port), 1024);
            FeedMixServer server = new FeedMixServer(settings, clock, http);
            http.setExecutor(server.handlers);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed mix server on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The loopback address of host number {@code host}: 127.1.0.1, 127.1.0.2, ... 127.1.0.254, 127.1.1.1, ... */
    public static String hostAddress(int host) {
        return "127.1." + (host / 254) + "." + (host % 254 + 1);
    }

    public String feedUrl(int feed) {
        return "http://" + hostAddress(feed % settings.hosts()) + ":" + port() + "/feeds/" + feed + ".xml";
    }

    /** Every host with the port, comma-separated, as the fetcher's allow-list takes them. */
    public String allowList() {
        return IntStream.range(0, Math.min(settings.hosts(), settings.feeds()))
                .mapToObj(host -> hostAddress(host) + ":" + port())
                .collect(Collectors.joining(","));
    }

    public Settings settings() {
        return settings;
    }

    public long count(Answer answer) {
        return answers.get(answer).sum();
    }

    public Map<Answer, Long> counts() {
        Map<Answer, Long> counts = new EnumMap<>(Answer.class);
        answers.forEach((answer, adder) -> counts.put(answer, adder.sum()));
        return counts;
    }

    /** Feed requests so far, whatever the answer. */
    public long feedRequests() {
        return answers.entrySet().stream().filter(e -> e.getKey().isFeed())
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    /** How many feeds have been asked for at least once. */
    public int feedsRequested() {
        int requested = 0;
        for (int i = 0; i < feedRequests.length(); i++) {
            requested += feedRequests.get(i) > 0 ? 1 : 0;
        }
        return requested;
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()
                || !exchange.getLocalAddress().getAddress().isLoopbackAddress()) {
            exchange.close();
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/feeds/") && path.endsWith(".xml")) {
            int feed = number(path.substring("/feeds/".length(), path.length() - ".xml".length()));
            if (feed >= 0 && feed < settings.feeds()) {
                feedRequests.incrementAndGet(feed);
                serveFeed(exchange, feed);
                return;
            }
        } else if (path.startsWith("/articles/")) {
            respond(exchange, Answer.ARTICLE_200, 200, "text/html; charset=utf-8", article(path));
            return;
        }
        respond(exchange, Answer.NOT_FOUND, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
    }

    private void serveFeed(HttpExchange exchange, int feed) throws IOException {
        switch (settings.mix().kindOf(feed)) {
            case HEALTHY -> serveHealthy(exchange, feed);
            case SLOW -> delays.schedule(() -> {
                try {
                    serveHealthy(exchange, feed);
                } catch (IOException e) {
                    // the client gave up waiting: nothing to answer
                    exchange.close();
                }
            }, settings.slowDelay().toMillis(), TimeUnit.MILLISECONDS);
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(settings.retryAfter().toSeconds()));
                respond(exchange, Answer.RATE_LIMITED_429, 429, "text/plain",
                        "slow down\n".getBytes(StandardCharsets.UTF_8));
            }
            case SERVER_ERROR -> respond(exchange, Answer.SERVER_ERROR_500, 500, "text/plain",
                    "internal error\n".getBytes(StandardCharsets.UTF_8));
            case MALFORMED -> respond(exchange, Answer.MALFORMED_200, 200, "text/html; charset=utf-8", ERROR_PAGE);
            case DROPPED -> {
                // closing before any response makes the server drop the connection: the client reads end of stream
                answers.get(Answer.DROPPED).increment();
                exchange.close();
            }
        }
    }

    private void serveHealthy(HttpExchange exchange, int feed) throws IOException {
        long period = settings.changeEvery().toMillis();
        long phase = Math.floorMod(feed * 7919L, period);
        long version = Math.floorDiv(clock.millis() + phase, period);
        String etag = "\"" + feed + "-" + version + "\"";
        Instant changed = Instant.ofEpochMilli(version * period - phase);
        String lastModified = HTTP_DATE.format(changed);
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Last-Modified", lastModified);
        if (unchangedFor(exchange, etag, changed)) {
            answers.get(Answer.FEED_304).increment();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        respond(exchange, Answer.FEED_200, 200, "application/rss+xml; charset=utf-8",
                rss(exchange, feed, version, period, phase));
    }

    private static boolean unchangedFor(HttpExchange exchange, String etag, Instant changed) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals(etag);
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        try {
            return ifModifiedSince != null
                    && !Instant.from(HTTP_DATE.parse(ifModifiedSince)).isBefore(changed.minusMillis(999));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private byte[] rss(HttpExchange exchange, int feed, long version, long period, long phase) {
        String site = "http://" + exchange.getRequestHeaders().getFirst("Host");
        StringBuilder xml = new StringBuilder(512 + 400 * settings.itemsPerFeed())
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Site ").append(feed).append("</title><link>").append(site).append("/</link>")
                .append("<description>News of site ").append(feed).append("</description>");
        for (long v = version; v > version - settings.itemsPerFeed(); v--) {
            String link = site + "/articles/" + feed + "/" + v + ".html";
            xml.append("<item><title>Talks resume, day ").append(v).append(" of site ").append(feed)
                    .append("</title><link>").append(link).append("</link><guid>").append(link).append("</guid>")
                    .append("<pubDate>").append(HTTP_DATE.format(Instant.ofEpochMilli(v * period - phase)))
                    .append("</pubDate><description>Delegations met again; talks resume tomorrow.</description></item>");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] article(String path) {
        return ("<!DOCTYPE html><html><head><title>Article " + path + "</title></head><body><article><h1>Talks resume"
                + "</h1>" + ARTICLE_FILLER + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private void respond(HttpExchange exchange, Answer answer, int status, String contentType, byte[] body)
            throws IOException {
        answers.get(answer).increment();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        delays.shutdownNow();
    }
}
