package io.newswire.local.bench;

import io.newswire.alert.AlertOptions;
import io.newswire.alert.AlertService;
import io.newswire.core.event.AlertSource;
import io.newswire.core.service.Service;
import io.newswire.enrich.EnrichOptions;
import io.newswire.enrich.EnrichService;
import io.newswire.ingest.IngestOptions;
import io.newswire.ingest.IngestService;
import io.newswire.local.AlertWatch;
import io.newswire.local.LocalInfrastructure;
import io.newswire.local.demo.DemoFeedServer;
import io.newswire.local.demo.DemoFeeds;
import io.newswire.local.drill.DrillScript;
import io.newswire.local.drill.StoryWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end benchmark on this machine: the embedded broker, a feed server with many feeds and the three services
 * in this JVM. A warm-up batch goes through first: the services are long-running, and in the first seconds the
 * JIT compilers of this one JVM take much of the machine. Phase 1 then puts a backlog of distinct articles on the
 * feeds at once and measures articles/s through ingest, enrich and alert (the alert app's committed position on
 * news.articles). Phase 2 publishes new items at half that
 * rate, one at a time, and measures from the moment an item appears in its feed to its alert on alerts.all.
 * Each latency item is a casualty total above every earlier one, so it is a development when the alert app sees it
 * after the lower ones; an item overtaken by a higher total raises no alert and gives no sample (the report says
 * how many items gave one).
 */
@Command(name = "end-to-end-benchmark", mixinStandardHelpOptions = true,
        description = "Articles/s through ingest -> enrich -> alert at saturation, then item-published -> alert "
                + "latency (p50, p99) at half that rate.")
public final class EndToEndBenchmark implements Callable<Integer> {

    @Option(names = "--feeds", defaultValue = "40", description = "Feeds on the server (default: ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--backlog", defaultValue = "3000",
            description = "Articles on the feeds for the throughput phase (default: ${DEFAULT-VALUE}).")
    int backlog;

    @Option(names = "--warmup", defaultValue = "3000",
            description = "Articles that go through before the throughput phase (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--latency-seconds", defaultValue = "60",
            description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--data-dir", description = "Folder for broker, state and mail (default: a temporary one).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        if (Math.max(warmup, backlog) > DemoFeedServer.FEED_WINDOW * feeds) {
            throw new CommandLine.ParameterException(new CommandLine(this), String.format(Locale.ROOT,
                    "--warmup and --backlog must each fit in the feeds' windows: at most %d items on %d feeds",
                    DemoFeedServer.FEED_WINDOW * feeds, feeds));
        }
        Path data = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("newswire-e2e-");
        List<String> feedPaths = new ArrayList<>();
        List<DemoFeeds.Feed> feedList = new ArrayList<>();
        for (int i = 0; i < feeds; i++) {
            String path = "/outlet-" + i + "/news." + (i % 3 == 0 ? "atom" : "rss");
            feedPaths.add(path);
            feedList.add(new DemoFeeds.Feed(path, i % 3 == 0 ? "atom_1.0" : "rss_2.0", "Outlet " + i, List.of()));
        }
        // one script for both batches: casualty totals keep rising and copies may be of warm-up stories
        List<DrillScript.Item> items = DrillScript.write(warmup + backlog, feedPaths, 11).items();
        try (LocalInfrastructure infra = LocalInfrastructure.start(new LocalInfrastructure.Settings(freePort(),
                data.resolve("kafka"), 0, freePort(), data.resolve("mail"), 1, new DemoFeeds(feedList)))) {
            publish(infra, items.subList(0, warmup), Instant.now().minusSeconds(3600));
            System.err.printf("%d warm-up articles on %d feeds; starting the services%n", warmup, feeds);
            EndToEndProgress progress = new EndToEndProgress(infra.kafka().bootstrapServers);
            List<Service> services = startServices(infra, data);
            try {
                EndToEndProgress.Sample warm = awaitThrough(progress, warmup);
                publish(infra, items.subList(warmup, items.size()), Instant.now());
                System.err.printf("warm-up done; %d articles published%n", backlog);
                ThroughputResult throughput = measureThroughput(progress, warm, backlog);
                System.err.println(throughput);
                LatencyResult latency = measureLatency(infra, feedPaths, throughput.alertRate() / 2,
                        Duration.ofSeconds(latencySeconds));
                System.err.println(latency);
                printReport(throughput, latency);
            } finally {
                services.forEach(Service::close);
                progress.close();
            }
        }
        return 0;
    }

    private static void publish(LocalInfrastructure infra, List<DrillScript.Item> items, Instant publishedAt) {
        for (DrillScript.Item item : items) {
            infra.feeds().publish(item.feedPath(), item.page().headline(), item.page().summary(), item.pageName(),
                    item.page().html(), publishedAt);
        }
    }

    /** Waits until the first {@code articles} went through alert; the sample at that moment. */
    private static EndToEndProgress.Sample awaitThrough(EndToEndProgress progress, int articles) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline) {
            EndToEndProgress.Sample sample = progress.sample();
            if (sample.articles() >= articles && sample.alertCaughtUp()) {
                return sample;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the warm-up did not go through within 20 minutes");
    }

    private List<Service> startServices(LocalInfrastructure infra, Path data) {
        String bootstrap = infra.kafka().bootstrapServers;
        List<Service> services = new ArrayList<>();
        services.add(IngestService.start(CommandLine.populateCommand(new IngestOptions(),
                "--bootstrap-servers", bootstrap, "--ops-port", "0", "--state-dir", data.resolve("ingest").toString(),
                "--allow-hosts", "localhost:" + infra.feeds().port(), "--min-poll-interval", "1",
                "--per-host-spacing", "0", "--per-host-requests", "16", "--poll-workers", "16")));
        services.add(EnrichService.start(CommandLine.populateCommand(new EnrichOptions(),
                "--bootstrap-servers", bootstrap, "--ops-port", "0", "--state-dir", data.resolve("enrich").toString())));
        services.add(AlertService.start(AlertOptions.parse("--bootstrap-servers", bootstrap, "--ops-port", "0",
                "--state-dir", data.resolve("alert").toString(), "--smtp-host", "127.0.0.1",
                "--smtp-port", Integer.toString(infra.mail().port()), "--subscriber-emails", "editor@newswire.local")));
        return services;
    }

    /** Articles/s of each stage between 10 % and 90 % of the backlog, and the whole backlog's time. */
    record ThroughputResult(int articles, double ingestRate, double enrichRate, double alertRate, double seconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "throughput: %d articles, ingest %.0f/s, enrich %.0f/s, alert %.0f/s "
                    + "(whole backlog through alert %.1f s after it was published)", articles, ingestRate,
                    enrichRate, alertRate, seconds);
        }
    }

    private static ThroughputResult measureThroughput(EndToEndProgress progress, EndToEndProgress.Sample before,
                                                      int backlog) throws Exception {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(20).toNanos();
        List<EndToEndProgress.Sample> samples = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            EndToEndProgress.Sample sample = progress.sample().since(before);
            samples.add(sample);
            if (samples.size() % 5 == 1) {
                System.err.printf("  %5.1f s  raw %d, articles %d, alert position %d of %d%n",
                        (sample.nanos() - start) / 1e9, sample.raw(), sample.articles(), sample.alertPosition(),
                        sample.articlesEnd());
            }
            if (sample.articles() >= backlog && sample.alertCaughtUp()) {
                long end = sample.articlesEnd();
                return new ThroughputResult(backlog,
                        rate(samples, s -> (double) s.raw() / backlog, backlog),
                        rate(samples, s -> (double) s.articles() / backlog, backlog),
                        rate(samples, s -> (double) s.alertPosition() / end, backlog),
                        (sample.nanos() - start) / 1e9);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the backlog did not go through within 20 minutes");
    }

    /** Articles/s while a stage went from 10 % to 90 % of the backlog. */
    private static double rate(List<EndToEndProgress.Sample> samples,
                               java.util.function.ToDoubleFunction<EndToEndProgress.Sample> share, int backlog) {
        long from = samples.stream().filter(s -> share.applyAsDouble(s) >= 0.1).findFirst().orElseThrow().nanos();
        long to = samples.stream().filter(s -> share.applyAsDouble(s) >= 0.9).findFirst().orElseThrow().nanos();
        return backlog * 0.8 / Math.max((to - from) / 1e9, 0.5);
    }

    /** Latencies in milliseconds of the items whose alert arrived. */
    record LatencyResult(double rate, int published, List<Long> millis) {

        long percentile(double p) {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1,
                    Math.ceil(p / 100 * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "latency at %.0f items/s: %d published, %d alerted, p50 %d ms, "
                    + "p99 %d ms, max %d ms", rate, published, millis.size(), percentile(50), percentile(99),
                    percentile(100));
        }
    }

    private static LatencyResult measureLatency(LocalInfrastructure infra, List<String> feedPaths, double rate,
                                                Duration length) throws Exception {
        // Each item a casualty total above every earlier one: each is a development, so each has an alert.
        StoryWriter writer = new StoryWriter(23);
        int count = (int) Math.ceil(rate * length.toSeconds());
        Map<String, Instant> publishedAt = new ConcurrentHashMap<>();
        Map<String, Long> latencies = new ConcurrentHashMap<>();
        try (AlertWatch watch = AlertWatch.start(infra.kafka().bootstrapServers, AlertWatch.From.NOW, alert -> {
            Instant arrived = Instant.now();
            if (alert.version() == 1) {
                for (AlertSource source : alert.sources()) {
                    String path = URI.create(source.link()).getPath();
                    Instant published = publishedAt.get(path);
                    if (published != null) {
                        latencies.putIfAbsent(path, Duration.between(published, arrived).toMillis());
                    }
                }
            }
        })) {
            watch.awaitAssigned();
            long start = System.nanoTime();
            long intervalNanos = (long) (1e9 / rate);
            for (int n = 0; n < count; n++) {
                long wait = start + n * intervalNanos - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                StoryWriter.Page page = writer.casualtyFigure(2_000_000L + 100L * n);
                Instant now = Instant.now();
                var published = infra.feeds().publish(feedPaths.get(n % feedPaths.size()), page.headline(),
                        page.summary(), "live-" + n + ".html", page.html(), now);
                publishedAt.put(published.pagePath(), now);
            }
            long settle = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (latencies.size() < count && System.nanoTime() < settle) {
                Thread.sleep(200);
            }
            return new LatencyResult(rate, count, new ArrayList<>(latencies.values()));
        }
    }

    private static void printReport(ThroughputResult throughput, LatencyResult latency) {
        System.out.println("| measure | value |");
        System.out.println("|---|---:|");
        System.out.printf(Locale.ROOT, "| backlog | %d articles, after a warm-up |%n", throughput.articles());
        System.out.printf(Locale.ROOT, "| ingest (news.raw) | %.0f articles/s |%n", throughput.ingestRate());
        System.out.printf(Locale.ROOT, "| enrich (news.articles) | %.0f articles/s |%n", throughput.enrichRate());
        System.out.printf(Locale.ROOT, "| through alert | %.0f articles/s |%n", throughput.alertRate());
        System.out.printf(Locale.ROOT, "| latency phase | %.0f items/s, %d published, %d alerted |%n",
                latency.rate(), latency.published(), latency.millis().size());
        System.out.printf(Locale.ROOT, "| published -> alert p50 | %d ms |%n", latency.percentile(50));
        System.out.printf(Locale.ROOT, "| published -> alert p99 | %d ms |%n", latency.percentile(99));
        System.out.printf(Locale.ROOT, "| published -> alert max | %d ms |%n", latency.percentile(100));
        System.out.printf(Locale.ROOT, "end-to-end: %.0f articles/s through alert; p50 %d ms, p99 %d ms at %.0f/s%n",
                throughput.alertRate(), latency.percentile(50), latency.percentile(99), latency.rate());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EndToEndBenchmark()).execute(args));
    }
}
