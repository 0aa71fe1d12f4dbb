package io.newswire.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.service.StreamsService;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.ingest.feed.FeedParser;
import io.newswire.ingest.fetch.FetchConfig;
import io.newswire.ingest.fetch.HttpFetcher;
import io.newswire.ingest.fetch.PollPolicy;
import io.newswire.ingest.fetch.PollSchedule;
import io.newswire.ingest.poll.FeedPoller;
import io.newswire.ingest.poll.NewItemFilter;
import io.newswire.ingest.poll.PollMetrics;
import io.newswire.ingest.poll.PollWorkers;
import io.newswire.ingest.registry.FeedRegistry;
import io.newswire.ingest.registry.FeedAdmission;
import io.newswire.ingest.registry.FeedsFile;
import io.newswire.ingest.registry.ListedFeed;
import io.newswire.ingest.fetch.FeedUrlCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One ingest-service instance: the polling Streams app, its HTTP workers and its ops endpoint. */
public final class IngestService extends StreamsService {

    public static final String NAME = "ingest-service";
    /**
     * How often each task hands due feeds to the workers and commits finished polls: often enough that a worker
     * that finishes is soon busy again and a new item waits little for its commit.
     */
    static final Duration TICK = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private IngestService(Started started) {
        super(started);
    }

    /** Reads and checks the feeds file first, so that a bad file is reported before any connection. */
    public static IngestService start(IngestOptions options) {
        List<ListedFeed> seeds = options.feedsFile == null ? List.of() : admitted(options);
        TopicProvisioner.ensureTopics(options.common.kafka);
        if (!seeds.isEmpty()) {
            seed(options, seeds);
        }
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        HttpFetcher fetcher = new HttpFetcher(fetchConfig(options));
        PollWorkers workers = new PollWorkers(options.pollWorkers);
        PollMetrics metrics = new PollMetrics(registry, workers);
        PollPolicy policy = pollPolicy(options);
        Clock clock = Clock.systemUTC();
        FeedPoller poller = new FeedPoller(fetcher::fetch, new FeedParser(), new NewItemFilter(), policy,
                new PollSchedule(policy, clock, new SplittableRandom()), clock, metrics, options.maxItemsPerPoll);
        Properties settings = StreamsSettings.properties(options.common.applicationId, NAME, options.common.kafka,
                options.common.stateDir);
        // the tick runs between the stream thread's consumer polls, which wait up to poll.ms for registry records
        settings.put(StreamsConfig.POLL_MS_CONFIG, TICK.toMillis());
        StreamsRunner streams = new StreamsRunner(NAME, IngestTopology.build(settings, poller, workers, metrics, TICK),
                settings, registry);
        return new IngestService(launch(streams, options.common.opsPort, registry, workers, fetcher));
    }

    /** A bad line of the feeds file is logged with its line number and skipped; the good ones are registered. */
    private static List<ListedFeed> admitted(IngestOptions options) {
        FeedAdmission admission = FeedAdmission.of(options.feedsFile, FeedsFile.read(options.feedsFile),
                new FeedUrlCheck(options.allowHosts.allowList()));
        admission.errors().forEach(error -> LOG.error("feeds file {}", error));
        return admission.admitted();
    }

    private static void seed(IngestOptions options, List<ListedFeed> seeds) {
        try (FeedRegistry feeds = FeedRegistry.connect(options.common.kafka)) {
            int added = feeds.addMissing(seeds.stream().map(ListedFeed::feed).toList());
            LOG.info("feeds file {}: {} feeds added to the registry", options.feedsFile, added);
        }
    }

    static FetchConfig fetchConfig(IngestOptions options) {
        FetchConfig config = FetchConfig.defaults()
                .withTimeouts(Duration.ofSeconds(options.connectTimeoutSeconds),
                        Duration.ofSeconds(options.readTimeoutSeconds), Duration.ofSeconds(options.fetchDeadlineSeconds))
                .withMaxBodyBytes(options.maxBodyBytes)
                .withHostLimits(options.perHostRequests, Duration.ofMillis(options.perHostSpacingMillis))
                .withAllowList(options.allowHosts.allowList());
        return options.userAgent == null || options.userAgent.isBlank() ? config
                : config.withUserAgent(options.userAgent);
    }

    /** Backoff starts at the floor and grows up to the ceiling: a failing feed is still tried that often. */
    static PollPolicy pollPolicy(IngestOptions options) {
        Duration min = Duration.ofSeconds(options.minPollIntervalSeconds);
        Duration max = Duration.ofSeconds(options.maxPollIntervalSeconds);
        return new PollPolicy(min, max, min.isZero() ? Duration.ofSeconds(1) : min, max);
    }
}
