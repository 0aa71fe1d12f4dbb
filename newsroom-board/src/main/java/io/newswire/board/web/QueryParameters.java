package io.newswire.board.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The query string of a request, checked against the parameters its route accepts: anything else is a 400. */
final class QueryParameters {

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters parse(String rawQuery, Set<String> accepted) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!accepted.contains(name)) {
                throw HttpError.badRequest("unknown parameter '" + name + "'"
                        + (accepted.isEmpty() ? "" : "; accepted: " + String.join(", ", accepted)));
            }
            if (values.put(name, value) != null) {
                throw HttpError.badRequest("parameter '" + name + "' given twice");
            }
        }
        return new QueryParameters(values);
    }

    String get(String name) {
        return values.get(name);
    }

    int intValue(String name, int defaultValue, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max
                    + ", not '" + text + "'");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed query string: " + e.getMessage());
        }
    }
}
