package io.newswire.local.bench;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.topic.Topics;
import io.newswire.ingest.IngestOptions;
import io.newswire.ingest.IngestService;
import io.newswire.kafka.EmbeddedKafkaBroker;
import io.newswire.local.bench.FeedMixServer.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How many feed polls per second one ingest-service instance sustains, and on how much heap: a local server with
 * thousands of feeds on thousands of loopback hosts (healthy, rate-limited, slow, broken), one real instance on an
 * embedded broker polling them all, then, on the same server for the same time, the naive way ({@link NaivePoller}).
 * Progress goes to stderr, the report (markdown) to stdout. Run the JVM with the heap limit under test, e.g.
 * {@code -Xmx512m}.
 */
@Command(name = "polling-benchmark", mixinStandardHelpOptions = true,
        description = "Polls per second and heap of one ingest instance against a local mix of feeds.")
public final class PollingBenchmark implements Callable<Integer> {

    private static final Duration SLICE = Duration.ofSeconds(5);

    @Option(names = "--feeds", defaultValue = "10000", description = "Feeds served and registered (default: ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--hosts", defaultValue = "2500",
            description = "Loopback hosts the feeds are spread over, round robin (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--interval", defaultValue = "5",
            description = "Poll interval of every feed, seconds; also the service's minimum interval and the "
                    + "naive poller's delay (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Option(names = "--max-interval", defaultValue = "60",
            description = "The service's longest backoff, seconds (default: ${DEFAULT-VALUE}).")
    int maxIntervalSeconds;

    @Option(names = "--workers", defaultValue = "256",
            description = "Poll workers of the instance, and threads of the naive poller (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--per-host-requests", defaultValue = "2", description = "Default: ${DEFAULT-VALUE}.")
    int perHostRequests;

    @Option(names = "--per-host-spacing", defaultValue = "1000",
            description = "Milliseconds between two request starts to one host (default: ${DEFAULT-VALUE}).")
    long perHostSpacingMillis;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions of the topics, so stream tasks of the instance (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--items-per-feed", defaultValue = "3", description = "Default: ${DEFAULT-VALUE}.")
    int itemsPerFeed;

    @Option(names = "--change-every", defaultValue = "60",
            description = "Seconds between two new items of a healthy feed (default: ${DEFAULT-VALUE}).")
    int changeEverySeconds;

    @Option(names = "--slow-delay", defaultValue = "2000",
            description = "Milliseconds a slow feed waits before answering (default: ${DEFAULT-VALUE}).")
    long slowDelayMillis;

    @Option(names = "--retry-after", defaultValue = "30",
            description = "Retry-After seconds of a 429 (default: ${DEFAULT-VALUE}).")
    int retryAfterSeconds;

    @Option(names = "--server-threads", defaultValue = "8", description = "Default: ${DEFAULT-VALUE}.")
    int serverThreads;

    @Option(names = "--warmup-max", defaultValue = "300",
            description = "Longest warm-up, seconds: until every feed was polled once, plus --settle "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmupMaxSeconds;

    @Option(names = "--settle", defaultValue = "30",
            description = "Seconds of polling after the first round before measuring (default: ${DEFAULT-VALUE}).")
    int settleSeconds;

    @Option(names = "--measure", defaultValue = "60",
            description = "Seconds measured for each poller, in whole 5-s slices (default: ${DEFAULT-VALUE}).")
    int measureSeconds;

    @Option(names = "--skip-naive", description = "Measure only the ingest instance.")
    boolean skipNaive;

    public static void main(String[] args) {
        int exit = new CommandLine(new PollingBenchmark()).execute(args);
        if (exit != 0) {
            throw new IllegalStateException("polling benchmark failed with exit code " + exit);
        }
    }

    @Override
    public Integer call() throws Exception {
        FeedMixServer.Settings settings = new FeedMixServer.Settings(feeds, hosts, FeedMix.typical(), itemsPerFeed,
                Duration.ofSeconds(changeEverySeconds), Duration.ofMillis(slowDelayMillis),
                Duration.ofSeconds(retryAfterSeconds), serverThreads);
        Path work = Files.createTempDirectory("pollbench");
        List<PollingPhase> phases = new ArrayList<>();
        try (PollingHeapWatch heap = new PollingHeapWatch();
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(work.resolve("kafka")).build();
             FeedMixServer server = FeedMixServer.start(0, settings, Clock.systemUTC())) {
            broker.start();
            progress("broker %s, feed server on port %d: %d feeds over %d hosts", broker.bootstrapServers(),
                    server.port(), feeds, Math.min(hosts, feeds));
            KafkaOptions kafka = new KafkaOptions(broker.bootstrapServers(), partitions, (short) 1);
            TopicProvisioner.ensureTopics(kafka);
            List<String> urls = IntStream.range(0, feeds).mapToObj(server::feedUrl).toList();
            register(kafka, urls);
            phases.add(measureIngest(server, heap, broker.bootstrapServers(), work));
            if (!skipNaive) {
                phases.add(measureNaive(server, heap, urls));
            }
        } finally {
            deleteTree(work);
        }
        System.out.println(setup());
        System.out.println();
        System.out.println(PollingReport.markdown(phases));
        PollingPhase ingest = phases.get(0);
        progress("summary: ingest %.0f feed polls/s (slowest slice %.0f), peak heap %.0f MiB%s",
                ingest.feedRequestsPerSecond(), ingest.slowestSlice(), ingest.heap().peakSampled() / 1048576.0,
                phases.size() > 1 ? String.format(Locale.ROOT, "; naive %.0f feed polls/s",
                        phases.get(1).feedRequestsPerSecond()) : "");
        return 0;
    }

    private void register(KafkaOptions kafka, List<String> urls) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, Topics.FEEDS.keySerde().serializer(),
                Topics.FEEDS.valueSerde().serializer())) {
            // a new topic's leaders may not take writes yet: until every partition has acknowledged one record, send
            // one at a time, since an idempotent producer with several batches in flight can get stuck retrying the
            // first one behind later ones (OutOfOrderSequenceException on the embedded broker)
            Set<Integer> acknowledged = new HashSet<>();
            int partitions = producer.partitionsFor(Topics.FEEDS.name()).size();
            for (String url : urls) {
                ProducerRecord<String, FeedConfig> record = new ProducerRecord<>(Topics.FEEDS.name(), url,
                        new FeedConfig(url, null, intervalSeconds, "en", true));
                if (acknowledged.size() < partitions) {
                    acknowledged.add(producer.send(record).get().partition());
                } else {
                    producer.send(record);
                }
            }
            producer.flush();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot register the feeds", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while registering the feeds", e);
        }
        progress("%d feeds registered on %s", urls.size(), Topics.FEEDS.name());
    }

    private PollingPhase measureIngest(FeedMixServer server, PollingHeapWatch heap, String bootstrap, Path work)
            throws InterruptedException {
        IngestOptions options = CommandLine.populateCommand(new IngestOptions(),
                "--bootstrap-servers", bootstrap, "--topic-partitions", Integer.toString(partitions),
                "--application-id", "pollbench", "--state-dir", work.resolve("streams").toString(),
                "--ops-port", "0", "--allow-hosts", server.allowList(),
                "--poll-workers", Integer.toString(workers),
                "--min-poll-interval", Integer.toString(intervalSeconds),
                "--max-poll-interval", Integer.toString(maxIntervalSeconds),
                "--per-host-requests", Integer.toString(perHostRequests),
                "--per-host-spacing", Long.toString(perHostSpacingMillis));
        try (IngestService ingest = IngestService.start(options)) {
            long started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(warmupMaxSeconds).toNanos();
            long firstRoundDone = -1;
            while (System.nanoTime() < deadline) {
                long before = server.feedRequests();
                Thread.sleep(SLICE.toMillis());
                PollingServiceMetrics metrics = PollingServiceMetrics.scrape(ingest.opsPort());
                progress("warm-up %3ds: %5.0f feed polls/s, %d/%d feeds polled once, %.0f committed polls, "
                                + "%.0f items published, %.0f in flight, heap %s",
                        (System.nanoTime() - started) / 1_000_000_000, (server.feedRequests() - before)
                                / (double) SLICE.toSeconds(), server.feedsRequested(), feeds, metrics.polls(),
                        metrics.itemsPublished(), metrics.pollsInFlight(), usedHeap());
                if (firstRoundDone < 0 && server.feedsRequested() == feeds) {
                    firstRoundDone = System.nanoTime();
                }
                if (firstRoundDone > 0 && System.nanoTime() - firstRoundDone >= settleSeconds * 1_000_000_000L) {
                    break;
                }
            }
            if (firstRoundDone < 0) {
                progress("warm-up ended before every feed was polled once: measuring anyway");
            }
            int port = ingest.opsPort();
            PollingServiceMetrics before = PollingServiceMetrics.scrape(port);
            Measured measured = measure("ingest", server, heap, () -> (long) PollingServiceMetrics.scrape(port).polls());
            PollingServiceMetrics during = PollingServiceMetrics.scrape(port).since(before);
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "%.0f polls/s committed (`newswire_polls_total`)",
                    during.polls() / measured.seconds));
            during.pollsByOutcome().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> notes.add(String.format(Locale.ROOT, "%s %.1f/s", e.getKey(),
                            e.getValue() / measured.seconds)));
            notes.add(String.format(Locale.ROOT, "%.1f items/s to news.raw", during.itemsPublished() / measured.seconds));
            return measured.phase("Newswire ingest, 1 instance (" + workers + " workers)", heap, notes);
        }
    }

    private PollingPhase measureNaive(FeedMixServer server, PollingHeapWatch heap, List<String> urls)
            throws InterruptedException {
        try (NaivePoller naive = new NaivePoller(workers)) {
            naive.start(urls, Duration.ofSeconds(intervalSeconds));
            // one interval: every feed has had its first poll scheduled
            Thread.sleep(Duration.ofSeconds(intervalSeconds).toMillis());
            long polls = naive.polls();
            long entries = naive.entries();
            Map<String, Long> failures = naive.failures();
            Measured measured = measure("naive", server, heap, naive::polls);
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "%.0f polls/s finished", (naive.polls() - polls) / measured.seconds));
            naive.failures().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> notes.add(String.format(Locale.ROOT, "%s %.1f/s", e.getKey(),
                            (e.getValue() - failures.getOrDefault(e.getKey(), 0L)) / measured.seconds)));
            notes.add(String.format(Locale.ROOT, "%.0f entries/s parsed (none deduplicated)",
                    (naive.entries() - entries) / measured.seconds));
            notes.add(String.format(Locale.ROOT, "%d threads busy at most, %d polls overdue at the end",
                    naive.mostBusy(), naive.overdue()));
            return measured.phase("naive Rome `XmlReader(URL)` (" + workers + " threads)", heap, notes);
        }
    }

    /** The server's answers over the measured window, slice by slice; {@code pollerCount} only shows progress. */
    private Measured measure(String name, FeedMixServer server, PollingHeapWatch heap, LongSupplier pollerCount)
            throws InterruptedException {
        // the phase before left garbage of its own in this JVM: start each window from a collected heap
        System.gc();
        heap.reset();
        Map<Answer, Long> start = server.counts();
        long startNanos = System.nanoTime();
        long slices = Math.max(1, measureSeconds / SLICE.toSeconds());
        List<Double> rates = new ArrayList<>();
        long pollerBefore = pollerCount.getAsLong();
        for (int slice = 0; slice < slices; slice++) {
            long sliceStart = System.nanoTime();
            long before = server.feedRequests();
            Thread.sleep(SLICE.toMillis());
            double seconds = (System.nanoTime() - sliceStart) / 1e9;
            double rate = (server.feedRequests() - before) / seconds;
            long pollerNow = pollerCount.getAsLong();
            rates.add(rate);
            progress("%s %3ds: %5.0f feed polls/s at the server, %5.0f/s by the poller's count, heap %s", name,
                    (System.nanoTime() - startNanos) / 1_000_000_000, rate, (pollerNow - pollerBefore) / seconds,
                    usedHeap());
            pollerBefore = pollerNow;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new Measured(seconds, PollingPhase.difference(server.counts(), start), rates);
    }

    private record Measured(double seconds, Map<Answer, Long> answers, List<Double> slices) {
        PollingPhase phase(String poller, PollingHeapWatch heap, List<String> notes) {
            return new PollingPhase(poller, seconds, answers, slices, heap.peaks(), notes);
        }
    }

    private String setup() {
        return String.format(Locale.ROOT, "%d feeds over %d loopback hosts (%s), poll interval %d s (backoff up to "
                        + "%d s), %d items per feed, a new item every %d s, slow feeds answer after %d ms, 429s ask "
                        + "for %d s; %d workers, per host %d requests and %d ms spacing; %d partitions; "
                        + "%d processors, JVM %s, max heap %d MiB, flags %s",
                feeds, Math.min(hosts, feeds), FeedMix.typical().shares(), intervalSeconds, maxIntervalSeconds,
                itemsPerFeed, changeEverySeconds, slowDelayMillis, retryAfterSeconds, workers, perHostRequests,
                perHostSpacingMillis, partitions, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static String usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576 + " MiB";
    }

    private static void progress(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
