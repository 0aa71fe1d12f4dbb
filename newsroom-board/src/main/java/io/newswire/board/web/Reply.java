package io.newswire.board.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newswire.core.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete response: status, content type, body and, for an answer read from a store, the instance whose store
 * it was ({@code host:port}, sent as {@value #SERVED_BY}).
 */
record Reply(int status, String contentType, byte[] body, String servedBy) {

    static final String JSON = "application/json; charset=utf-8";
    static final String SERVED_BY = "X-Newswire-Board-Instance";

    Reply(int status, String contentType, byte[] body) {
        this(status, contentType, body, null);
    }

    Reply servedBy(String instance) {
        return new Reply(status, contentType, body, instance);
    }

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, JSON, Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }

    /** The body of every error: {@code {"status": 404, "error": "Not Found", "message": "..."}}. */
    static Reply error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message);
        return json(status, body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }
}
