package io.newswire.ingest.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hosts that may resolve to internal addresses (the local demo feed server, an intranet feed), written
 * {@code host} (any port) or {@code host:port}, IPv6 literals in brackets: {@code localhost:8089}, {@code [::1]:8089}.
 */
public record AllowList(List<Entry> entries) {

    public static final AllowList NONE = new AllowList(List.of());

    public AllowList {
        entries = List.copyOf(entries);
    }

    /** Parses a comma- or whitespace-separated list, as given in configuration. */
    public static AllowList parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        return new AllowList(Arrays.stream(spec.split("[,\\s]+"))
                .filter(token -> !token.isBlank())
                .map(Entry::parse)
                .toList());
    }

    public static AllowList of(String... entries) {
        return parse(String.join(",", entries));
    }

    /** Whether a request to this host and port may reach an internal address. */
    public boolean permits(String host, int port) {
        String normalized = normalize(host);
        return entries.stream().anyMatch(e -> e.host.equals(normalized) && (e.port == Entry.ANY_PORT || e.port == port));
    }

    /** Whether some port of this host is allowed: lookups cannot see the port, so they let such a host through. */
    public boolean mentions(String host) {
        String normalized = normalize(host);
        return entries.stream().anyMatch(e -> e.host.equals(normalized));
    }

    private static String normalize(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    public record Entry(String host, int port) {

        static final int ANY_PORT = -1;

        static Entry parse(String token) {
            String trimmed = token.trim();
            if (trimmed.startsWith("[")) {
                int close = trimmed.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed IPv6 literal in allow-list entry: " + token);
                }
                String host = normalize(trimmed.substring(0, close + 1));
                String rest = trimmed.substring(close + 1);
                return new Entry(host, rest.isEmpty() ? ANY_PORT : port(rest.substring(1), token));
            }
            int colon = trimmed.lastIndexOf(':');
            if (colon < 0 || trimmed.indexOf(':') != colon) {
                return new Entry(normalize(trimmed), ANY_PORT);
            }
            return new Entry(normalize(trimmed.substring(0, colon)), port(trimmed.substring(colon + 1), token));
        }

        private static int port(String text, String token) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("port out of range in allow-list entry: " + token);
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in allow-list entry: " + token, e);
            }
        }
    }
}
