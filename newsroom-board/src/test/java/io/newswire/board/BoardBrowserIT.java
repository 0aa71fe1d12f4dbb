package io.newswire.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.kafka.EmbeddedKafkaExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The board's page in a real browser (headless Chromium through Selenium) on the embedded broker: the demo's seed
 * alerts arrive while the page is open, the Gaza conflict's chart draws the Health Ministry's figures with their
 * revisions, a reload shows the same, and with two instances either one shows any story. The page with the chart is
 * saved as target/board-browser-it.png. Skipped, saying why, where Chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserIT {

    @RegisterExtension
    static EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @TempDir
    static Path temp;

    private static final Duration LIVE = Duration.ofSeconds(45);
    private static final DemoSeed SEED = new DemoSeed(Instant.now().minus(Duration.ofHours(1)));
    private static final String CHART = "svg.casualty-chart[data-kind='killed'][data-source='" + DemoSeed.MINISTRY
            + "'] g.point";

    private static BoardService first;
    private static BoardService second;
    private static WebDriver browser;
    private static SeedPublisher publisher;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.missing().isEmpty(),
                () -> "browser test skipped: " + HeadlessChromium.missing().orElse(""));
        first = startBoard("first");
        browser = HeadlessChromium.start(temp.resolve("chromium-profile"));
        publisher = new SeedPublisher(kafka.clientProperties());
    }

    private static BoardService startBoard(String name) {
        return BoardService.start(BoardOptions.parse("--bootstrap-servers", kafka.bootstrapServers(),
                "--http-port", "0", "--ops-port", "0", "--advertised-host", "localhost",
                "--state-dir", temp.resolve(name).toString(), "--heartbeat", "PT2S"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (publisher != null) {
            publisher.close();
        }
        for (BoardService board : new BoardService[] {first, second}) {
            if (board != null) {
                board.close();
            }
        }
    }

    private static String page(BoardService board) {
        return "http://localhost:" + board.httpPort() + "/";
    }

    private static List<String> alertKinds() {
        return attributes("#alerts li.alert", "data-kind");
    }

    private static List<String> chart(String attribute) {
        return attributes(CHART, attribute);
    }

    /** The attribute of every element the selector finds, read in one step: the page redraws as news arrives. */
    @SuppressWarnings("unchecked")
    private static List<String> attributes(String selector, String attribute) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return Array.from("
                + "document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]));", selector,
                attribute);
    }

    @Test
    @Order(1)
    void shouldShowTheSeedAlertsAsTheyArriveWithoutAReload() {
        browser.get(page(first));
        await().atMost(LIVE).until(() -> attributes("#stream-status", "data-state").equals(List.of("live")));
        assertThat(alertKinds()).isEmpty();

        publisher.articles(SEED.seed());
        publisher.alerts(SEED.seedAlerts().subList(0, 3));

        await().atMost(LIVE).untilAsserted(() ->
                assertThat(alertKinds()).containsExactlyInAnyOrder("talks", "casualties", "parties"));
        assertThat(text("#alerts")).contains("New venue: Doha",
                "Casualties revised: 40,000 → 40,005 killed, Gaza Health Ministry");
        assertThat(attributes("#alerts li.alert[data-kind='casualties'] .changes li", "data-type"))
                .containsExactly("REVISION");

        publisher.articles(SEED.copy());
        publisher.alerts(SEED.seedAlerts().subList(3, 6));

        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(attributes("#alerts li.alert", "data-version")).containsExactly("2", "2", "2");
            assertThat(texts("#alerts li.alert .sources"))
                    .containsOnly("Gulf Herald, Levant Wire");
        });
    }

    @Test
    @Order(2)
    void shouldChartTheHealthMinistrysDeathTollWithItsRevisionsInOrder() throws IOException {
        publisher.articles(SEED.stall());
        publisher.alerts(SEED.stallAlerts());

        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(chart("data-count")).containsExactly("40000", "40005", "40500");
            assertThat(chart("data-revision-of")).containsExactly(null, "40000", "40005");
        });
        Files.write(Path.of("target", "board-browser-it.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(text("section.conflict[data-conflict='israel-gaza']")).contains("40,000 → 40,005 → 40,500",
                "92,400");
        assertThat(attributes("section.conflict[data-conflict='israel-gaza'] li.talks-step", "data-status"))
                .containsExactly("resumed", "resumed", "stalled");
    }

    @Test
    @Order(3)
    void shouldShowEverythingAgainAfterAReload() {
        browser.navigate().refresh();

        await().atMost(LIVE).untilAsserted(() -> {
            assertThat(alertKinds()).containsExactlyInAnyOrder("talks", "casualties", "parties", "talks",
                    "casualties");
            assertThat(chart("data-count")).containsExactly("40000", "40005", "40500");
        });
    }

    @Test
    @Order(4)
    void shouldShowAStoryFromEitherOfTwoInstances() throws Exception {
        second = startBoard("second");
        await().atMost(Duration.ofSeconds(60)).until(() -> first.isReady() && second.isReady());

        for (String story : List.of(DemoSeed.SEED_STORY, DemoSeed.STALL_STORY)) {
            List<String> servedBy = List.of(servedBy(first, story), servedBy(second, story));
            assertThat(servedBy.get(0)).as("the instance holding %s answers for both", story)
                    .isEqualTo(servedBy.get(1));
            for (BoardService board : List.of(first, second)) {
                browser.get(page(board) + "#story/" + story);
                await().atMost(LIVE).untilAsserted(() -> {
                    assertThat(attributes("#story", "data-status")).containsExactly("200");
                    assertThat(attributes("#story", "data-story-id")).containsExactly(story);
                    assertThat(attributes("#story li.story-source", "data-outlet")).contains("Levant Wire");
                    assertThat(texts("#story .evidence blockquote")).isNotEmpty();
                });
            }
        }
        browser.get(page(second) + "#story/" + DemoSeed.SEED_STORY);
        await().atMost(LIVE).untilAsserted(() -> assertThat(text("#story"))
                .contains("Gulf Herald", "Levant Wire", "killed 40,005 people", "Talks resumed"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(String selector) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return Array.from("
                + "document.querySelectorAll(arguments[0])).map(e => e.textContent);", selector);
    }

    private static String text(String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';", selector);
    }

    /** The instance whose store answered, once both instances agree on who holds the story. */
    private static String servedBy(BoardService board, String story) {
        HttpClient http = HttpClient.newHttpClient();
        return await().atMost(LIVE).until(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(page(board) + "api/stories/" + story)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.headers().firstValue("X-Newswire-Board-Instance")
                    .orElse(null) : null;
        }, instance -> instance != null);
    }
}
