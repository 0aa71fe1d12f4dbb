package io.newswire.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a running service's ops endpoint what Prometheus and an orchestrator would ask. */
public final class OpsMetrics {

    private OpsMetrics() {
    }

    /** The sum of a counter's series on /metrics. */
    public static double counter(int opsPort, String name) {
        String body = get(opsPort, "/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(body);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(2));
        }
        return total;
    }

    public static boolean ready(int opsPort) {
        return get(opsPort, "/ready").statusCode() == 200;
    }

    private static HttpResponse<String> get(int opsPort, String path) {
        try {
            return HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + opsPort + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
