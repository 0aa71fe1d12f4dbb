package io.newswire.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web server for feeds and article pages: RSS documents with an ETag (a matching If-None-Match gets a 304),
 * HTML pages, error statuses and permanent redirects, each changeable while tests run.
 */
public final class FeedServer implements AutoCloseable {

    /** An RSS item; its page is served under its link's path when {@link #feed} is given pages. */
    public record Item(String guid, String path, String title) {
    }

    private record Response(int status, String contentType, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** Serves an RSS document at {@code path} listing the items, newest first, and a page for each item. */
    public void feed(String path, String title, List<Item> items) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + title + "</title><link>" + url("/") + "</link>");
        for (Item item : items) {
            rss.append("<item><guid isPermaLink=\"false\">").append(item.guid()).append("</guid><title>")
                    .append(item.title()).append("</title><link>").append(url(item.path())).append("</link>")
                    .append("<description>Summary of ").append(item.title()).append("</description></item>");
            page(item.path(), "<html><head><title>" + item.title() + "</title></head><body><article><p>"
                    + item.title() + ": the full story.</p></article></body></html>");
        }
        rss.append("</channel></rss>");
        String body = rss.toString();
        responses.put(path, new Response(200, "application/rss+xml; charset=utf-8", body,
                Map.of("ETag", "\"" + Integer.toHexString(body.hashCode()) + "\"")));
    }

    public void page(String path, String html) {
        responses.put(path, new Response(200, "text/html; charset=utf-8", html, Map.of()));
    }

    public void fail(String path, int status) {
        responses.put(path, new Response(status, "text/plain", "failing on purpose", Map.of()));
    }

    public void movePermanently(String path, String target) {
        responses.put(path, new Response(301, "text/plain", "", Map.of("Location", url(target))));
    }

    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Response response = responses.getOrDefault(path, new Response(404, "text/plain", "no such page", Map.of()));
        String etag = response.headers().get("ETag");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
