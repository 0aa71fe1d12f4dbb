package io.newswire.board.web;

import com.sun.net.httpserver.HttpExchange;
import io.newswire.board.feed.AlertCursor;
import io.newswire.board.feed.AlertEvent;
import io.newswire.board.feed.AlertLog;
import io.newswire.core.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * {@code /api/alerts/stream}: the alerts as server-sent events ({@code event: alert}, {@code id:} the position just
 * past the alert), from the start of the log, or past the {@code Last-Event-ID} a reconnecting browser sends. A
 * comment every {@code heartbeat} finds closed connections; a bounded number of streams keeps threads for the API.
 */
final class AlertStream {

    private static final int BATCH = 200;

    private final AlertLog log;
    private final Duration heartbeat;
    private final int maxStreams;
    private final Semaphore slots;
    private volatile boolean closing;

    AlertStream(AlertLog log, Duration heartbeat, int maxStreams) {
        this.log = log;
        this.heartbeat = heartbeat;
        this.maxStreams = maxStreams;
        this.slots = new Semaphore(maxStreams);
    }

    /** The position a client resumes from: the Last-Event-ID header, else the lastEventId parameter. */
    static AlertCursor resumeFrom(HttpExchange exchange, QueryParameters parameters) {
        String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        String text = header != null ? header : parameters.get("lastEventId");
        try {
            return AlertCursor.parse(text);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    void serve(HttpExchange exchange, AlertCursor from) throws IOException, InterruptedException {
        if (!slots.tryAcquire()) {
            throw HttpError.unavailable("too many open alert streams; try again later");
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                write(out, "retry: 1000\n\n");
                AlertCursor cursor = from;
                while (!closing) {
                    List<AlertEvent> events = log.after(cursor, BATCH, heartbeat);
                    if (events.isEmpty()) {
                        write(out, ": keep-alive\n\n");
                        continue;
                    }
                    StringBuilder text = new StringBuilder();
                    for (AlertEvent event : events) {
                        text.append("id: ").append(event.id()).append('\n')
                                .append("event: alert\n")
                                .append("data: ").append(Json.mapper().writeValueAsString(event)).append("\n\n");
                        cursor = AlertCursor.parse(event.id());
                    }
                    write(out, text.toString());
                }
            }
        } finally {
            slots.release();
        }
    }

    int openStreams() {
        return maxStreams - slots.availablePermits();
    }

    void close() {
        closing = true;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
