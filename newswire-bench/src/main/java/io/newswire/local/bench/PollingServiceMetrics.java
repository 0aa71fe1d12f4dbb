package io.newswire.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest instance's poll metrics as its ops endpoint publishes them ({@code /metrics}, Prometheus text):
 * {@code newswire_polls_total} by outcome and {@code newswire_items_published_total}.
 */
public record PollingServiceMetrics(Map<String, Double> pollsByOutcome, double itemsPublished, double pollsInFlight) {

    private static final Pattern POLLS = Pattern.compile("^newswire_polls_total\\{.*outcome=\"([^\"]+)\".*} (\\S+)$");
    private static final Pattern ITEMS = Pattern.compile("^newswire_items_published_total(?:\\{.*})? (\\S+)$");
    private static final Pattern IN_FLIGHT = Pattern.compile("^newswire_polls_in_flight(?:\\{.*})? (\\S+)$");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static PollingServiceMetrics scrape(int opsPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return parse(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ingest metrics on port " + opsPort, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ingest metrics", e);
        }
    }

    static PollingServiceMetrics parse(String prometheusText) {
        Map<String, Double> polls = new TreeMap<>();
        double items = 0;
        double inFlight = 0;
        for (String line : prometheusText.split("\n")) {
            Matcher m;
            if ((m = POLLS.matcher(line)).matches()) {
                polls.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
            } else if ((m = ITEMS.matcher(line)).matches()) {
                items += Double.parseDouble(m.group(1));
            } else if ((m = IN_FLIGHT.matcher(line)).matches()) {
                inFlight += Double.parseDouble(m.group(1));
            }
        }
        return new PollingServiceMetrics(polls, items, inFlight);
    }

    public double polls() {
        return pollsByOutcome.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What happened between {@code earlier} and this scrape; the in-flight gauge is this scrape's. */
    public PollingServiceMetrics since(PollingServiceMetrics earlier) {
        Map<String, Double> polls = new TreeMap<>(pollsByOutcome);
        earlier.pollsByOutcome.forEach((outcome, count) -> polls.merge(outcome, -count, Double::sum));
        return new PollingServiceMetrics(polls, itemsPublished - earlier.itemsPublished, pollsInFlight);
    }
}
