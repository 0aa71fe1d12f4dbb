package io.newswire.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import okhttp3.CacheControl;
import okhttp3.Headers;

/**
 * What a response says about when to come back: {@code retryAfter} from Retry-After (delta seconds or an HTTP date),
 * {@code freshness} from Cache-Control max-age (less Age) or else Expires. Either is null when the server says nothing.
 * Dates are read against the response's own Date header when it has one, so a skewed clock on either side does not
 * shift them.
 */
public record ServerHints(Duration retryAfter, Duration freshness) {

    public static final ServerHints NONE = new ServerHints(null, null);

    public static ServerHints from(Headers headers, Instant now) {
        Instant reference = headers.getInstant("Date") != null ? headers.getInstant("Date") : now;
        return new ServerHints(retryAfter(headers, reference), freshness(headers, reference));
    }

    static Duration retryAfter(Headers headers, Instant reference) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.matches("\\d{1,10}")) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        Instant at = headers.getInstant("Retry-After");
        return at == null ? null : nonNegative(Duration.between(reference, at));
    }

    static Duration freshness(Headers headers, Instant reference) {
        CacheControl cacheControl = CacheControl.parse(headers);
        if (cacheControl.noStore() || cacheControl.noCache()) {
            return null;
        }
        if (cacheControl.maxAgeSeconds() >= 0) {
            return nonNegative(Duration.ofSeconds(cacheControl.maxAgeSeconds()).minusSeconds(age(headers)));
        }
        if (headers.get("Expires") == null) {
            return null;
        }
        Instant expires = headers.getInstant("Expires");
        // an unparseable Expires ("0", "-1") means already expired
        return expires == null ? Duration.ZERO : nonNegative(Duration.between(reference, expires));
    }

    private static long age(Headers headers) {
        String value = headers.get("Age");
        return value != null && value.trim().matches("\\d{1,10}") ? Long.parseLong(value.trim()) : 0;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
