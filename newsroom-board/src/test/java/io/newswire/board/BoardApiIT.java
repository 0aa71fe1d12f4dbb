package io.newswire.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.core.json.Json;
import io.newswire.core.topic.Topics;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One board instance on the embedded broker, asked through its HTTP API the way a dashboard or a stranger would. */
class BoardApiIT {

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @TempDir
    static Path state;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DemoSeed SEED = new DemoSeed(Instant.now().minus(Duration.ofHours(1)));
    private static BoardService board;
    private static SeedPublisher publisher;

    @BeforeAll
    static void start() {
        board = BoardService.start(BoardOptions.parse("--bootstrap-servers", kafka.bootstrapServers(),
                "--http-port", "0", "--ops-port", "0", "--advertised-host", "localhost",
                "--state-dir", state.toString(), "--heartbeat", "PT1S"));
        publisher = new SeedPublisher(kafka.clientProperties());
        publisher.articles(SEED.seed(), SEED.copy());
        publisher.alerts(SEED.seedAlerts());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/api/stories/" + DemoSeed.SEED_STORY).statusCode()).isEqualTo(200));
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
        if (board != null) {
            board.close();
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + board.httpPort() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    private static String rawStatusLine(String request) throws IOException {
        try (Socket socket = new Socket("localhost", board.httpPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            byte[] head = socket.getInputStream().readNBytes(20);
            return new String(head, StandardCharsets.ISO_8859_1);
        }
    }

    private static String alertIdOf(SseClient.Event event) {
        try {
            return Json.mapper().readTree(event.data()).path("alert").path("alertId").asText();
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + event.data(), e);
        }
    }

    @Test
    void shouldAnswerEachEndpointWithJsonThatMatchesItsSchema() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<byte[]> conflict = get("/api/conflicts/" + DemoSeed.CONFLICT);
            assertThat(conflict.statusCode()).isEqualTo(200);
            assertThat(json(conflict).path("developments").size()).isGreaterThanOrEqualTo(3);
        });
        Map<String, String> schemaOf = Map.of(
                "/api/conflicts", "conflicts",
                "/api/conflicts/" + DemoSeed.CONFLICT, "conflict",
                "/api/stories/" + DemoSeed.SEED_STORY, "story",
                "/api/alerts", "alerts",
                "/api/alerts?since=0:0&limit=2", "alerts",
                "/api/alerts?since=" + Instant.now().minus(Duration.ofDays(1)), "alerts");
        for (Map.Entry<String, String> entry : schemaOf.entrySet()) {
            HttpResponse<byte[]> response = get(entry.getKey());
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(BoardSchemas.violations(entry.getValue(), response.body())).as(entry.getKey()).isEmpty();
        }
        JsonNode conflicts = json(get("/api/conflicts")).path("conflicts");
        assertThat(conflicts).extracting(c -> c.path("id").asText()).contains(DemoSeed.CONFLICT);
        assertThat(json(get("/api/alerts?limit=2")).path("alerts")).hasSize(2);
    }

    @Test
    void shouldServeThePageItsScriptAndItsSchemasFromTheJar() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<script src=\"/board/board.js\">")
                .doesNotContain("https://");
        assertThat(get("/board/board.js").headers().firstValue("Content-Type"))
                .contains("text/javascript; charset=utf-8");
        assertThat(get("/schemas/board/story.schema.json").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerUnknownIdsAndPathsWith404AndAJsonBody() throws Exception {
        for (String path : List.of("/api/stories/no-such-story", "/api/conflicts/atlantis", "/api/nothing",
                "/board/missing.js", "/board/..%2Fschemas%2Fboard%2Fstory.schema.json", "/index.html")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(BoardSchemas.violations("error", response.body())).as(path).isEmpty();
            assertThat(json(response).path("status").asInt()).isEqualTo(404);
        }
        assertThat(json(get("/api/stories/no-such-story")).path("message").asText()).contains("no-such-story");
    }

    @Test
    void shouldAnswerBadParametersWith400AndSayWhatIsWrong() throws Exception {
        Map<String, String> messageOf = Map.of(
                "/api/alerts?since=yesterday", "since",
                "/api/alerts?since=2026-13-45T00:00:00Z", "ISO-8601",
                "/api/alerts?limit=0", "limit",
                "/api/alerts?limit=many", "limit",
                "/api/alerts?colour=red", "unknown parameter 'colour'",
                "/api/alerts?limit=1&limit=2", "twice",
                "/api/stories/%3Cscript%3E", "an id is",
                "/api/conflicts/%E2%82", "an id is",
                "/api/conflicts/" + "x".repeat(300), "an id is",
                "/api/alerts/stream?lastEventId=0:-5", "not an alert position");
        for (Map.Entry<String, String> entry : messageOf.entrySet()) {
            HttpResponse<byte[]> response = get(entry.getKey());
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            assertThat(BoardSchemas.violations("error", response.body())).as(entry.getKey()).isEmpty();
            assertThat(json(response).path("message").asText()).as(entry.getKey()).contains(entry.getValue());
        }
        assertThat(rawStatusLine("GET /api/conflicts/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n")).contains(" 400 ");
        HttpResponse<byte[]> badResume = get("/api/alerts/stream", "Last-Event-ID", "yesterday");
        assertThat(badResume.statusCode()).isEqualTo(400);
        HttpResponse<byte[]> post = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + board.httpPort() + "/api/conflicts"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET");
    }

    @Test
    void shouldKeepAnsweringWhateverAClientSends() throws Exception {
        for (String raw : List.of("garbage\r\n\r\n",
                "GET /api/conflicts HTTP/1.1\r\nHost: x\r\nContent-Length: -4\r\n\r\n",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "GET /api/stories/",
                "GET /api/alerts/stream HTTP/1.1\r\nHost: x\r\n\r\n")) {
            try (Socket socket = new Socket("localhost", board.httpPort())) {
                socket.setSoTimeout(2_000);
                OutputStream out = socket.getOutputStream();
                out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
                InputStream in = socket.getInputStream();
                in.read(new byte[256]);
            } catch (IOException e) {
                // the server may drop such a connection; what matters is that it keeps serving
            }
        }
        publisher.raw(Topics.ALERTS_ALL.name(), DemoSeed.SEED_STORY, "{\"alertId\": [not json".getBytes());
        publisher.raw(Topics.ARTICLES.name(), "broken", "\u0000\u0001".getBytes());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/stories/" + DemoSeed.SEED_STORY).statusCode()).isEqualTo(200);
            assertThat(board.isReady()).isTrue();
        });
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + board.opsPort() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldResumeTheStreamAfterTheLastEventWithoutLossOrDuplicates() throws Exception {
        URI stream = URI.create("http://localhost:" + board.httpPort() + "/api/alerts/stream");
        int before = json(get("/api/alerts?limit=1000")).path("alerts").size();
        String lastSeen;
        try (SseClient first = SseClient.open(stream, null)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> first.events().size() >= before);
            lastSeen = first.events().get(first.events().size() - 1).id();
        }
        publisher.articles(SEED.stall());
        publisher.alerts(SEED.stallAlerts());

        try (SseClient resumed = SseClient.open(stream, lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> resumed.events().size() >= SEED.stallAlerts().size());
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                List<String> ids = resumed.events().stream().map(BoardApiIT::alertIdOf).toList();
                assertThat(ids).containsExactlyInAnyOrder("alert-stall-talks", "alert-stall-casualties");
            });
            assertThat(resumed.events()).allSatisfy(event -> {
                assertThat(event.name()).isEqualTo("alert");
                assertThat(BoardSchemas.violations("alerts", ("{\"alerts\":[" + event.data() + "],\"next\":null}")
                        .getBytes(StandardCharsets.UTF_8))).isEmpty();
            });
        }
        JsonNode after = json(get("/api/alerts?since=" + lastSeen));
        assertThat(after.path("alerts")).extracting(a -> a.path("alert").path("alertId").asText())
                .containsExactlyInAnyOrder("alert-stall-talks", "alert-stall-casualties");
    }
}
