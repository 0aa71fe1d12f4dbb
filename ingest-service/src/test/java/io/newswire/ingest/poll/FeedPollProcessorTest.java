package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.RawItem;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.core.time.ManualClock;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.FeedServer;
import io.newswire.ingest.FeedServer.Item;
import io.newswire.ingest.IngestTopology;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.fetch.AllowList;
import io.newswire.ingest.fetch.FetchConfig;
import io.newswire.ingest.fetch.HttpFetcher;
import io.newswire.ingest.fetch.PollPolicy;
import io.newswire.ingest.fetch.PollSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor against a local feed server, with the production topology and Streams settings. Polls run on the
 * worker pool, so each step advances the driver's wall clock until the poll has finished and been committed.
 */
class FeedPollProcessorTest {

    private static final Duration TICK = Duration.ofMillis(200);
    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final int MAX_ITEMS_PER_POLL = 3;
    private static final PollPolicy POLICY = new PollPolicy(Duration.ofSeconds(1), Duration.ofHours(1),
            Duration.ofSeconds(10), Duration.ofMinutes(10));

    @TempDir
    Path stateDir;

    private final FeedServer server = new FeedServer();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ManualClock clock = new ManualClock(Instant.now());
    private HttpFetcher fetcher;
    private PollWorkers workers;
    private TopologyTestDriver driver;
    private TestInputTopic<String, FeedConfig> registryIn;
    private TestOutputTopic<String, RawItem> raw;
    private TestOutputTopic<String, FeedState> states;
    private TestOutputTopic<String, FeedConfig> registryOut;

    @BeforeEach
    void startDriver() {
        startDriver(Duration.ZERO);
    }

    private void startDriver(Duration hostSpacing) {
        fetcher = new HttpFetcher(FetchConfig.defaults().withAllowList(AllowList.of("localhost"))
                .withHostLimits(4, hostSpacing));
        workers = new PollWorkers(2);
        PollMetrics metrics = new PollMetrics(registry, workers);
        FeedPoller poller = new FeedPoller(fetcher::fetch, new FeedParser(), new NewItemFilter(), POLICY,
                new PollSchedule(POLICY, clock, new SplittableRandom(7)), clock, metrics, MAX_ITEMS_PER_POLL);
        Properties props = StreamsSettings.properties("ingest-test", "ingest-service", new KafkaOptions("unused:9092",
                1, (short) 1), stateDir);
        driver = new TopologyTestDriver(IngestTopology.build(props, poller, workers, metrics, TICK), props,
                clock.instant());
        registryIn = driver.createInputTopic(Topics.FEEDS.name(), Topics.FEEDS.keySerde().serializer(),
                Topics.FEEDS.valueSerde().serializer());
        raw = driver.createOutputTopic(Topics.RAW.name(), Topics.RAW.keySerde().deserializer(),
                Topics.RAW.valueSerde().deserializer());
        states = driver.createOutputTopic(Topics.FEED_STATE.name(), Topics.FEED_STATE.keySerde().deserializer(),
                Topics.FEED_STATE.valueSerde().deserializer());
        registryOut = driver.createOutputTopic(Topics.FEEDS.name(), Topics.FEEDS.keySerde().deserializer(),
                Topics.FEEDS.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        workers.close();
        fetcher.close();
        server.close();
    }

    @Test
    void shouldPublishNewItemsWithTheirArticlePagesOldestFirst() {
        server.feed("/rss", "Wire", List.of(new Item("2", "/news/2", "Talks resume"), new Item("1", "/news/1", "Truce")));
        String url = register("/rss");

        List<FeedState> polled = pollOnce();

        List<RawItem> items = raw.readValuesToList();
        assertThat(items).extracting(RawItem::title).containsExactly("Truce", "Talks resume");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.feedUrl()).isEqualTo(url);
            assertThat(item.html()).contains("the full story");
            assertThat(item.fetchStatus()).isEqualTo("OK");
            assertThat(item.summary()).startsWith("Summary of");
            assertThat(item.language()).isEqualTo("en");
        });
        assertThat(polled).singleElement().satisfies(state -> {
            assertThat(state.lastOutcome()).isEqualTo("OK");
            assertThat(state.recentItemIds()).hasSize(2);
            assertThat(state.etag()).isNotNull();
        });
    }

    @Test
    void shouldPublishOnlyItemsNotSeenBefore() {
        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        register("/rss");
        pollOnce();
        raw.readValuesToList();

        advance(INTERVAL);
        assertThat(pollOnce()).extracting(FeedState::lastOutcome).containsExactly("NOT_MODIFIED");
        assertThat(raw.isEmpty()).isTrue();

        server.feed("/rss", "Wire", List.of(new Item("2", "/news/2", "Talks resume"), new Item("1", "/news/1", "Truce")));
        advance(INTERVAL);
        pollOnce();
        assertThat(raw.readValuesToList()).extracting(RawItem::title).containsExactly("Talks resume");
    }

    @Test
    void shouldPublishALongFeedInBatchesOldestFirstWithoutWaitingForTheInterval() {
        server.feed("/rss", "Wire", List.of(new Item("5", "/news/5", "E"), new Item("4", "/news/4", "D"),
                new Item("3", "/news/3", "C"), new Item("2", "/news/2", "B"), new Item("1", "/news/1", "A")));
        register("/rss");

        pollOnce();
        assertThat(raw.readValuesToList()).extracting(RawItem::title).containsExactly("A", "B", "C");

        pollOnce();
        assertThat(raw.readValuesToList()).extracting(RawItem::title).containsExactly("D", "E");
        assertThat(server.hits("/rss")).isEqualTo(2);
    }

    @Test
    void shouldPublishTheItemWithItsSummaryWhenThePageCannotBeFetched() {
        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        server.fail("/news/1", 404);
        register("/rss");

        pollOnce();

        assertThat(raw.readValuesToList()).singleElement().satisfies(item -> {
            assertThat(item.html()).isNull();
            assertThat(item.fetchStatus()).startsWith("CLIENT_ERROR");
            assertThat(item.summary()).isEqualTo("Summary of Truce");
        });
    }

    @Test
    void shouldBackOffAFailingFeedAndKeepPollingIt() {
        server.fail("/rss", 503);
        register("/rss");

        FeedState first = pollOnce().get(0);
        assertThat(first.consecutiveFailures()).isEqualTo(1);
        assertThat(first.lastOutcome()).isEqualTo("SERVER_ERROR");

        advance(Duration.ofMinutes(11));
        FeedState second = pollOnce().get(0);
        assertThat(second.consecutiveFailures()).isEqualTo(2);

        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        advance(Duration.ofMinutes(11));
        FeedState recovered = pollOnce().get(0);
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(raw.readValuesToList()).hasSize(1);
    }

    /** Registered before the registry checked URLs, or written to news.feeds by hand. */
    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "not-a-url", "http://169.254.169.254/latest/meta-data/"})
    void shouldBackOffAFeedThatCanNeverBeFetchedLikeAnyFailure(String url) {
        registryIn.pipeInput(url, new FeedConfig(url, "Bad", (int) INTERVAL.toSeconds(), "en", true));

        FeedState first = pollOnce().get(0);
        assertThat(first.lastOutcome()).isIn("INVALID_URL", "BLOCKED_ADDRESS");
        assertThat(first.consecutiveFailures()).isEqualTo(1);
        assertThat(first.nextPollAt()).isAfter(clock.instant());

        advance(Duration.between(clock.instant(), first.nextPollAt()));
        FeedState second = pollOnce().get(0);
        assertThat(second.consecutiveFailures()).isEqualTo(2);
        assertThat(second.lastOutcome()).isEqualTo(first.lastOutcome());
        assertThat(second.nextPollAt()).isAfter(clock.instant());
    }

    @Test
    void shouldCountAnUnparseableFeedAsAFailure() {
        server.page("/rss", "<html><body>not a feed</body></html>");
        register("/rss");

        assertThat(pollOnce()).singleElement().satisfies(state -> {
            assertThat(state.lastOutcome()).isEqualTo(FeedPoller.PARSE_ERROR);
            assertThat(state.consecutiveFailures()).isEqualTo(1);
        });
    }

    @Test
    void shouldRegisterAPermanentlyMovedFeedUnderItsNewUrl() {
        server.feed("/new-rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        server.movePermanently("/rss", "/new-rss");
        String oldUrl = register("/rss");

        pollOnce();

        assertThat(raw.readValuesToList()).hasSize(1);
        assertThat(registryOut.readKeyValuesToList()).containsExactly(
                KeyValue.pair(server.url("/new-rss"), new FeedConfig(server.url("/new-rss"), "Wire", 60, "en", true)),
                KeyValue.pair(oldUrl, null));
    }

    @Test
    void shouldStopPollingARemovedFeedAndPublishItsStateTombstone() {
        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        String url = register("/rss");
        pollOnce();

        registryIn.pipeInput(url, null);
        advance(INTERVAL.multipliedBy(2));
        advance(TICK);

        assertThat(states.readKeyValuesToList()).containsExactly(KeyValue.pair(url, null));
        assertThat(server.hits("/rss")).isEqualTo(1);
    }

    @Test
    void shouldPollSoonerWhenTheIntervalIsShortened() {
        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        String url = server.url("/rss");
        registryIn.pipeInput(url, new FeedConfig(url, "Wire", 3600, "en", true));
        pollOnce();

        registryIn.pipeInput(url, new FeedConfig(url, "Wire", 60, "en", true));
        advance(INTERVAL);

        assertThat(pollOnce()).extracting(FeedState::lastOutcome).containsExactly("NOT_MODIFIED");
    }

    @Test
    void shouldNotPollADisabledFeed() {
        server.feed("/rss", "Wire", List.of(new Item("1", "/news/1", "Truce")));
        String url = server.url("/rss");
        registryIn.pipeInput(url, new FeedConfig(url, "Wire", 60, "en", false));

        advance(INTERVAL);
        advance(TICK);

        assertThat(server.hits("/rss")).isZero();
        assertThat(states.isEmpty()).isTrue();
    }

    @Test
    void shouldPutOffAFeedWhoseHostIsBusyWithoutAskingItOrCommittingAnything() {
        driver.close();
        workers.close();
        fetcher.close();
        startDriver(Duration.ofMinutes(10));
        server.feed("/a", "Wire", List.of());
        server.feed("/b", "Wire", List.of());
        register("/a");
        register("/b");

        advanceUntil(() -> registry.counter("newswire.polls.deferred").count() >= 1 && !states.isEmpty());

        assertThat(states.readValuesToList()).singleElement().extracting(FeedState::lastOutcome).isEqualTo("OK");
        assertThat(server.hits("/a") + server.hits("/b")).as("one request: the host's spacing is 10 min")
                .isEqualTo(1);
        assertThat(registry.find("newswire.polls").counters()).singleElement()
                .satisfies(polls -> assertThat(polls.count()).isEqualTo(1));
    }

    private String register(String path) {
        String url = server.url(path);
        registryIn.pipeInput(url, new FeedConfig(url, "Wire", (int) INTERVAL.toSeconds(), "en", true));
        return url;
    }

    /** Advances the wall clock until one poll has been committed, and returns the states it published. */
    private List<FeedState> pollOnce() {
        advanceUntil(() -> !states.isEmpty());
        return states.readValuesToList();
    }

    /** The driver's wall clock and the poller's clock move together, as they do in production. */
    private void advance(Duration duration) {
        clock.advance(duration);
        driver.advanceWallClockTime(duration);
    }

    private void advanceUntil(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
            advance(TICK);
            return condition.getAsBoolean();
        });
    }
}
