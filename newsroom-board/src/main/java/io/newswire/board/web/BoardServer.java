package io.newswire.board.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.board.feed.AlertCursor;
import io.newswire.board.feed.AlertEvent;
import io.newswire.board.feed.AlertLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's HTTP side: the page and its files, the JSON API and the alert stream. Every request ends in a response;
 * whatever a client sends is a 400, 404 or 405 with a JSON body, and an unexpected failure is a 500 that is logged:
 * no request stops the server.
 */
public final class BoardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardServer.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:~-]{1,200}");
    private static final Pattern CONFLICT = Pattern.compile("/api/conflicts/([^/]*)");
    private static final Pattern STORY = Pattern.compile("/api/stories/([^/]*)");
    private static final Pattern FILE = Pattern.compile("/board/([^/]*)");
    private static final Pattern SCHEMA = Pattern.compile("/schemas/board/([^/]*)");
    private static final int MAX_STREAMS = 200;

    private final HttpServer server;
    private final ExecutorService executor;
    private BoardQueries queries;
    private AlertLog log;
    private AlertStream stream;
    private MeterRegistry registry;

    private BoardServer(HttpServer server) {
        this.server = server;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "board-http");
            t.setDaemon(true);
            return t;
        });
    }

    /** Binds the port at once, so that its number is known to {@code application.server} before Streams starts. */
    public static BoardServer bind(int port) {
        try {
            return new BoardServer(HttpServer.create(new InetSocketAddress(port), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the board on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Starts answering with the given parts. */
    public BoardServer start(BoardQueries queries, AlertLog log, Duration heartbeat, MeterRegistry registry) {
        this.queries = queries;
        this.log = log;
        this.stream = new AlertStream(log, heartbeat, MAX_STREAMS);
        this.registry = registry;
        Gauge.builder("board.alert.streams", stream, AlertStream::openStreams)
                .description("Open server-sent event streams").register(registry);
        Gauge.builder("board.alert.log.size", log, AlertLog::size)
                .description("Alerts the instance holds for the stream").register(registry);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        return this;
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String route = "unknown";
        int status;
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            route = route(path);
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                throw new HttpError(405, "only GET is served");
            }
            boolean forwarded = exchange.getRequestHeaders().containsKey(BoardQueries.FORWARDED);
            if (route.equals("stream")) {
                QueryParameters parameters = QueryParameters.parse(uri.getRawQuery(), Set.of("lastEventId"));
                stream.serve(exchange, AlertStream.resumeFrom(exchange, parameters));
                status = 200;
            } else {
                status = send(exchange, answer(route, path, uri.getRawQuery(), forwarded));
            }
        } catch (HttpError e) {
            status = send(exchange, Reply.error(e.status(), e.getMessage()));
        } catch (InvalidStateStoreException e) {
            status = send(exchange, Reply.error(503, "the board is starting or rebalancing; try again shortly"));
        } catch (IOException e) {
            status = 499;
            LOG.debug("client went away: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = send(exchange, Reply.error(503, "the board is stopping"));
        } catch (RuntimeException e) {
            LOG.error("failed to answer {}", exchange.getRequestURI(), e);
            status = send(exchange, Reply.error(500, "the board failed to answer; the failure is logged"));
        } finally {
            exchange.close();
        }
        Timer.builder("board.http.requests").tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
    }

    private static String route(String path) {
        if (path.equals("/")) {
            return "page";
        } else if (FILE.matcher(path).matches()) {
            return "file";
        } else if (SCHEMA.matcher(path).matches()) {
            return "schema";
        } else if (path.equals("/api/conflicts")) {
            return "conflicts";
        } else if (CONFLICT.matcher(path).matches()) {
            return "conflict";
        } else if (STORY.matcher(path).matches()) {
            return "story";
        } else if (path.equals("/api/alerts")) {
            return "alerts";
        } else if (path.equals("/api/alerts/stream")) {
            return "stream";
        }
        return "unknown";
    }

    private Reply answer(String route, String path, String rawQuery, boolean forwarded) throws InterruptedException {
        return switch (route) {
            case "page" -> {
                QueryParameters.parse(rawQuery, Set.of());
                yield StaticResources.file("board", "index.html");
            }
            case "file" -> StaticResources.file("board", group(FILE, path));
            case "schema" -> StaticResources.file("schemas/board", group(SCHEMA, path));
            case "conflicts" -> {
                QueryParameters.parse(rawQuery, Set.of());
                yield queries.conflicts(path, forwarded);
            }
            case "conflict" -> {
                QueryParameters.parse(rawQuery, Set.of());
                yield queries.conflict(id(group(CONFLICT, path)), path, forwarded);
            }
            case "story" -> {
                QueryParameters.parse(rawQuery, Set.of());
                yield queries.story(id(group(STORY, path)), path, forwarded);
            }
            case "alerts" -> alerts(QueryParameters.parse(rawQuery, Set.of("since", "limit")));
            default -> throw HttpError.notFound("nothing at " + path);
        };
    }

    /**
     * {@code since} is either a position from the stream ({@code 0:12,1:4}: the alerts after it) or an ISO-8601
     * instant (the alerts updated at or after it); without it, the alerts from the start of the log.
     */
    private Reply alerts(QueryParameters parameters) throws InterruptedException {
        int limit = parameters.intValue("limit", 200, 1, 1000);
        String since = parameters.get("since");
        List<AlertEvent> events;
        if (since != null && since.contains("T")) {
            try {
                events = log.since(Instant.parse(since), limit);
            } catch (DateTimeParseException e) {
                throw HttpError.badRequest("'since' is neither an ISO-8601 instant such as 2026-12-08T02:00:00Z "
                        + "nor a stream position such as 0:12,1:4: '" + since + "'");
            }
        } else {
            AlertCursor cursor;
            try {
                cursor = AlertCursor.parse(since);
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("'since' is neither an ISO-8601 instant nor a stream position: "
                        + e.getMessage());
            }
            events = log.after(cursor, limit, Duration.ZERO);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alerts", events);
        body.put("next", events.isEmpty() ? since : events.get(events.size() - 1).id());
        return Reply.json(200, body);
    }

    private static String group(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            throw new IllegalStateException(path);
        }
        return m.group(1);
    }

    private static String id(String raw) {
        String id;
        try {
            id = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed id: " + e.getMessage());
        }
        if (!ID.matcher(id).matches()) {
            throw HttpError.badRequest("an id is 1 to 200 letters, digits and . _ : ~ -, not '"
                    + (id.length() > 60 ? id.substring(0, 60) + "…" : id) + "'");
        }
        return id;
    }

    /** Writes a complete response; a client that left meanwhile is no failure of the board. */
    private static int send(HttpExchange exchange, Reply reply) {
        try {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (reply.servedBy() != null) {
                exchange.getResponseHeaders().set(Reply.SERVED_BY, reply.servedBy());
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("cannot send the response: {}", e.toString());
        }
        return reply.status();
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
