package io.newswire.local.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertService;
import io.newswire.core.service.Service;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestService;
import io.newswire.local.LocalInfrastructure;
import io.newswire.local.LocalServices;
import io.newswire.local.demo.DemoFeeds;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Prometheus sees: each service's /metrics, scraped after the seed article went through, holds the domain
 * metrics ops dashboards are built on, the Kafka binders' metrics, and every series is tagged with its service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsScrapeIT {

    private static final String FEED = "/gulf-herald/middle-east.rss";
    private static final String SEED_PAGE = "doha-talks-resume.html";

    /** Domain metrics each service must expose, by their Prometheus names. */
    private static final Map<String, List<String>> DOMAIN_METRICS = Map.of(
            IngestService.NAME, List.of("newswire_polls_total{", "newswire_items_published_total{",
                    "newswire_fetched_bytes_total{"),
            EnrichService.NAME, List.of("newswire_articles_enriched_total{", "newswire_extractions_empty_total{",
                    "newswire_tags_total{"),
            AlertService.NAME, List.of("newswire_alerts_total{", "newswire_mail_sent_total{",
                    "newswire_mail_retried_total{", "newswire_mail_failed_total{",
                    "newswire_alert_latency_seconds_bucket{"));

    @TempDir
    static Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalInfrastructure infra;
    private LocalServices services;

    @BeforeAll
    void startEverything() throws IOException {
        DemoFeeds emptyFeeds = new DemoFeeds(DemoFeeds.bundled().feeds().stream()
                .map(feed -> new DemoFeeds.Feed(feed.path(), feed.type(), feed.title(), List.of())).toList());
        infra = LocalInfrastructure.start(new LocalInfrastructure.Settings(0, null, 0, freePort(),
                data.resolve("mail"), 1, emptyFeeds));
        services = LocalServices.start(new LocalServices.Wiring(infra.kafka().bootstrapServers,
                "localhost:" + infra.feeds().port(), infra.mail().port(), data.resolve("state"),
                List.of("editor@newswire.local")));
        infra.feeds().publish(FEED, "Gaza ceasefire talks resume in Doha", "Talks resumed in Qatar.", SEED_PAGE,
                DemoFeeds.page(SEED_PAGE), Instant.now());
    }

    @AfterAll
    void stopEverything() {
        if (services != null) {
            services.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void shouldServeHealthReadinessAndTheDomainMetricsOfEveryServiceTaggedWithItsName() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Service service : services.running()) {
                String name = name(service);
                int port = opsPort(service);
                assertThat(get(port, "/health").statusCode()).as(name + " /health").isEqualTo(200);
                assertThat(get(port, "/ready").statusCode()).as(name + " /ready").isEqualTo(200);
                String metrics = get(port, "/metrics").body();
                for (String metric : DOMAIN_METRICS.get(name)) {
                    assertThat(seriesOf(metrics, metric)).as(name + " " + metric).isNotEmpty()
                            .allSatisfy(series -> assertThat(series).contains("service=\"" + name + "\""));
                }
            }
            String alertMetrics = get(opsPort(services.running().get(2)), "/metrics").body();
            assertThat(alertMetrics).as("an alert was raised and mailed")
                    .containsPattern("newswire_alerts_total\\{[^}]*\\} [1-9]")
                    .containsPattern("newswire_mail_sent_total\\{[^}]*type=\"immediate\"[^}]*\\} [1-9]");
        });
    }

    @Test
    void shouldExposeTheKafkaStreamsAndClientBindersOfEveryService() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Service service : services.running()) {
                String name = name(service);
                String metrics = get(opsPort(service), "/metrics").body();
                assertThat(seriesOf(metrics, "kafka_stream_thread_")).as(name + " Streams binder").isNotEmpty()
                        .allSatisfy(series -> assertThat(series).contains("service=\"" + name + "\""));
                assertThat(seriesOf(metrics, "kafka_consumer_fetch_manager_records_lag_max"))
                        .as(name + " consumer lag").isNotEmpty();
                assertThat(seriesOf(metrics, "kafka_producer_record_send_total")).as(name + " producer")
                        .isNotEmpty();
            }
        });
    }

    @Test
    void shouldServeEveryMetricTheGrafanaDashboardQueries() throws IOException {
        Path dashboard = Path.of("..", "ops", "grafana", "dashboards", "newswire.json");
        Set<String> queried = new TreeSet<>();
        Matcher names = Pattern.compile("\\b(?:newswire|kafka)_[a-z_]+").matcher(Files.readString(dashboard));
        while (names.find()) {
            queried.add(names.group());
        }
        assertThat(queried).isNotEmpty();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            StringBuilder scrapes = new StringBuilder();
            for (Service service : services.running()) {
                scrapes.append(get(opsPort(service), "/metrics").body());
            }
            Set<String> served = scrapes.toString().lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
            assertThat(served).containsAll(queried);
        });
    }

    private static List<String> seriesOf(String scrape, String prefix) {
        return scrape.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String name(Service service) {
        if (service instanceof IngestService) {
            return IngestService.NAME;
        }
        if (service instanceof EnrichService) {
            return EnrichService.NAME;
        }
        return AlertService.NAME;
    }

    private static int opsPort(Service service) {
        if (service instanceof IngestService ingest) {
            return ingest.opsPort();
        }
        if (service instanceof EnrichService enrich) {
            return enrich.opsPort();
        }
        return ((AlertService) service).opsPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
