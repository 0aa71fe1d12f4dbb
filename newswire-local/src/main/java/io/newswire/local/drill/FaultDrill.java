package io.newswire.local.drill;

import io.newswire.local.LocalInfrastructure;
import io.newswire.local.demo.DemoFeeds;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The fault drill: the local broker, feed server and SMTP sink in this JVM, each service as separate processes,
 * a stream of items published over some minutes, and meanwhile: a second ingest instance added while running,
 * one instance of each service killed with SIGKILL and restarted, the broker stopped and restarted, SMTP down
 * for a while. Then it waits until the pipeline is quiet and checks what came out of each stage.
 */
final class FaultDrill {

    static final String MAIL_FROM = "alerts@newswire.local";
    private static final List<String> EXTRA_FEEDS = List.of("/drill/wire-1.rss", "/drill/wire-2.atom",
            "/drill/wire-3.rss", "/drill/wire-4.rss");
    private static final String[] SERVICES = {"ingest-service", "enrich-service", "alert-service"};
    /** The counter that shows how much work an instance did since its last start. */
    static final Map<String, String> WORK_COUNTERS = Map.of("ingest", "newswire_items_published_total",
            "enrich", "newswire_articles_enriched_total", "alert", "newswire_mail_sent_total");

    /** What the drill does, and where it finds the service jars. */
    record Settings(Path repo, String buildDir, Path dataDir, int items, Duration publishing, Duration smtpOutage,
                    Duration brokerDowntime, Duration settleTimeout, List<String> subscribers, long seed) {
    }

    private final Settings settings;
    private final PrintStream log;
    private final long startNanos = System.nanoTime();
    private final List<String> timeline = new ArrayList<>();

    FaultDrill(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs the drill; the stage counts, each of which passes when nothing was lost or duplicated. */
    DrillResult run() throws Exception {
        List<String> feedPaths = new ArrayList<>();
        DemoFeeds demo = withExtraFeeds(DemoFeeds.bundled(), feedPaths);
        DrillScript script = DrillScript.write(settings.items(), feedPaths, settings.seed());
        int kafkaPort = freePort();
        LocalInfrastructure infra = LocalInfrastructure.start(new LocalInfrastructure.Settings(kafkaPort,
                settings.dataDir().resolve("kafka"), 0, freePort(), settings.dataDir().resolve("mail"), 2, demo));
        MailCollector mail = new MailCollector(infra.mail(), settings.dataDir().resolve("mail"));
        ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor();
        List<ServiceProcess> processes = new ArrayList<>();
        try {
            String bootstrap = infra.kafka().bootstrapServers;
            for (String service : SERVICES) {
                for (int n = 1; n <= 2; n++) {
                    processes.add(process(service, n, bootstrap, infra));
                }
            }
            List<ServiceProcess> firsts = List.of(processes.get(0), processes.get(2), processes.get(4));
            List<ServiceProcess> seconds = List.of(processes.get(1), processes.get(3), processes.get(5));
            note("infrastructure up: broker " + bootstrap + ", feeds " + infra.feeds().baseUrl() + ", SMTP "
                    + infra.mail().port());
            firsts.forEach(ServiceProcess::start);
            awaitReady(firsts, Duration.ofMinutes(4));
            note("one instance of each service ready");
            supervisor.scheduleWithFixedDelay(() -> processes.forEach(p -> {
                if (p.restartIfExited()) {
                    note(p.name() + " exited on its own: restarted, as an orchestrator would");
                }
            }), 2, 2, TimeUnit.SECONDS);

            Publisher publisher = new Publisher(infra, script, demo);
            long total = settings.publishing().toMillis();
            Map<Double, Step> steps = new TreeMap<>(Map.of(
                    0.15, () -> {
                        seconds.forEach(ServiceProcess::start);
                        note("scale-out: second instance of each service started while running");
                    },
                    0.30, () -> {
                        for (ServiceProcess victim : firsts) {
                            victim.kill();
                        }
                        note("SIGKILL: ingest-1, enrich-1, alert-1");
                    },
                    0.45, () -> {
                        firsts.forEach(ServiceProcess::start);
                        note("restarted ingest-1, enrich-1, alert-1");
                    },
                    0.50, () -> {
                        mail.stop();
                        note("SMTP down for " + settings.smtpOutage().toSeconds() + " s");
                        supervisor.schedule(() -> {
                            mail.start();
                            note("SMTP back");
                            return null;
                        }, settings.smtpOutage().toMillis(), TimeUnit.MILLISECONDS);
                    },
                    0.65, () -> {
                        infra.broker().stop();
                        note("broker stopped");
                        Thread.sleep(settings.brokerDowntime().toMillis());
                        infra.broker().start();
                        note("broker restarted on the same port and log folder");
                    }));
            publisher.run(total, steps, this::note);
            note("all " + script.items().size() + " items published; waiting for the pipeline to settle");
            Settle settle = new Settle(infra, mail, script, publisher, settings, log);
            List<DrillCheck.Stage> stages = settle.await(settings.settleTimeout());
            note("settled: " + stages.stream().map(s -> s.name() + " " + s.out() + "/" + s.in()).toList());
            supervisor.shutdownNow();
            List<DrillResult.Instance> instances = new ArrayList<>();
            for (ServiceProcess process : processes) {
                double work = process.counter(WORK_COUNTERS.get(process.name().substring(0,
                        process.name().indexOf('-'))));
                int code = process.terminate(Duration.ofSeconds(60));
                instances.add(new DrillResult.Instance(process.name(), process.starts(), process.unexpectedExits(),
                        work, code));
            }
            return new DrillResult(script, stages, timeline, instances);
        } finally {
            supervisor.shutdownNow();
            for (ServiceProcess process : processes) {
                if (process.isAlive()) {
                    process.kill();
                }
            }
            mail.close();
            infra.close();
        }
    }

    private ServiceProcess process(String service, int n, String bootstrap, LocalInfrastructure infra)
            throws IOException {
        Path state = settings.dataDir().resolve("state").resolve(service + "-" + n);
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrap, "--state-dir",
                state.toString()));
        switch (service) {
            case "ingest-service" -> args.addAll(List.of("--allow-hosts", "localhost:" + infra.feeds().port(),
                    "--min-poll-interval", "1", "--per-host-spacing", "0", "--per-host-requests", "8"));
            case "alert-service" -> args.addAll(List.of("--smtp-host", "127.0.0.1", "--smtp-port",
                    Integer.toString(infra.mail().port()), "--subscriber-emails",
                    String.join(",", settings.subscribers()), "--mail-from", MAIL_FROM,
                    "--smtp-retry-max", "PT10S"));
            default -> {
            }
        }
        Path jar = settings.repo().resolve(service).resolve(settings.buildDir()).resolve(service + ".jar");
        return new ServiceProcess(service.replace("-service", "") + "-" + n, jar, args, freePort(),
                settings.dataDir().resolve("logs").resolve(service + "-" + n + ".log"));
    }

    private void awaitReady(List<ServiceProcess> processes, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processes.stream().allMatch(ServiceProcess::isReady)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("services not ready within " + timeout + ": "
                        + processes.stream().filter(p -> !p.isReady()).map(ServiceProcess::name).toList());
            }
            Thread.sleep(1000);
        }
    }

    private static DemoFeeds withExtraFeeds(DemoFeeds bundled, List<String> feedPaths) {
        List<DemoFeeds.Feed> feeds = new ArrayList<>(bundled.feeds());
        for (String path : EXTRA_FEEDS) {
            feeds.add(new DemoFeeds.Feed(path, path.endsWith(".atom") ? "atom_1.0" : "rss_2.0",
                    "Drill Wire " + (feeds.size() - 1), List.of()));
        }
        feeds.forEach(feed -> feedPaths.add(feed.path()));
        return new DemoFeeds(feeds);
    }

    synchronized void note(String event) {
        String line = String.format("%6.1f s  %s", (System.nanoTime() - startNanos) / 1e9, event);
        timeline.add(line);
        log.println(line);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A fault or change injected at a point of the publishing period. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }
}
