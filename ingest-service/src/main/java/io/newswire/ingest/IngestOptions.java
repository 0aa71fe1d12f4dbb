package io.newswire.ingest;

import io.newswire.core.config.ServiceOptions;
import io.newswire.ingest.fetch.AllowHostsOption;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** ingest-service settings: each reads its NEWSWIRE_* variable, and a CLI flag overrides it. */
public class IngestOptions {

    @Mixin
    public ServiceOptions common = new ServiceOptions("ingest", 8081);

    @Option(names = "--feeds-file", paramLabel = "FILE", defaultValue = "${env:NEWSWIRE_FEEDS_FILE}",
            description = "Feeds to register at start when not registered yet: OPML, or one 'URL [interval=S] "
                    + "[language=L] [title]' per line (env NEWSWIRE_FEEDS_FILE).")
    public Path feedsFile;

    @Mixin
    public AllowHostsOption allowHosts = new AllowHostsOption();

    @Option(names = "--user-agent", defaultValue = "${env:NEWSWIRE_FETCH_USER_AGENT}",
            description = "User-Agent of feed and article requests (env NEWSWIRE_FETCH_USER_AGENT; "
                    + "default: Newswire/<version> with a contact URL).")
    public String userAgent;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            defaultValue = "${env:NEWSWIRE_FETCH_MAX_BODY_BYTES:-15728640}",
            description = "Largest feed or page accepted, after decompression (env NEWSWIRE_FETCH_MAX_BODY_BYTES; "
                    + "default: ${DEFAULT-VALUE}).")
    public long maxBodyBytes;

    @Option(names = "--poll-workers", paramLabel = "N", defaultValue = "${env:NEWSWIRE_POLL_WORKERS:-8}",
            description = "Polls running at once in this instance (env NEWSWIRE_POLL_WORKERS; "
                    + "default: ${DEFAULT-VALUE}).")
    public int pollWorkers;

    @Option(names = "--max-items-per-poll", paramLabel = "N", defaultValue = "${env:NEWSWIRE_MAX_ITEMS_PER_POLL:-20}",
            description = "New items one poll publishes at most, oldest first; the rest follow right after "
                    + "(env NEWSWIRE_MAX_ITEMS_PER_POLL; default: ${DEFAULT-VALUE}).")
    public int maxItemsPerPoll;

    @Option(names = "--min-poll-interval", paramLabel = "SECONDS",
            defaultValue = "${env:NEWSWIRE_MIN_POLL_INTERVAL:-60}",
            description = "No feed is polled more often, whatever its settings, and backoff starts here "
                    + "(env NEWSWIRE_MIN_POLL_INTERVAL; default: ${DEFAULT-VALUE}).")
    public long minPollIntervalSeconds;

    @Option(names = "--max-poll-interval", paramLabel = "SECONDS",
            defaultValue = "${env:NEWSWIRE_MAX_POLL_INTERVAL:-21600}",
            description = "Every feed is polled at least this often, also while failing "
                    + "(env NEWSWIRE_MAX_POLL_INTERVAL; default: ${DEFAULT-VALUE}).")
    public long maxPollIntervalSeconds;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            defaultValue = "${env:NEWSWIRE_FETCH_CONNECT_TIMEOUT:-10}",
            description = "Longest wait for a connection (env NEWSWIRE_FETCH_CONNECT_TIMEOUT; "
                    + "default: ${DEFAULT-VALUE}).")
    public long connectTimeoutSeconds;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "${env:NEWSWIRE_FETCH_READ_TIMEOUT:-20}",
            description = "Longest silence of a server (env NEWSWIRE_FETCH_READ_TIMEOUT; default: ${DEFAULT-VALUE}).")
    public long readTimeoutSeconds;

    @Option(names = "--fetch-deadline", paramLabel = "SECONDS",
            defaultValue = "${env:NEWSWIRE_FETCH_DEADLINE:-60}",
            description = "Longest whole fetch, redirects and body included (env NEWSWIRE_FETCH_DEADLINE; "
                    + "default: ${DEFAULT-VALUE}).")
    public long fetchDeadlineSeconds;

    @Option(names = "--per-host-requests", paramLabel = "N", defaultValue = "${env:NEWSWIRE_FETCH_PER_HOST:-2}",
            description = "Requests in flight to one host at most (env NEWSWIRE_FETCH_PER_HOST; "
                    + "default: ${DEFAULT-VALUE}).")
    public int perHostRequests;

    @Option(names = "--per-host-spacing", paramLabel = "MILLIS",
            defaultValue = "${env:NEWSWIRE_FETCH_PER_HOST_SPACING_MS:-1000}",
            description = "Least time between the starts of two requests to one host "
                    + "(env NEWSWIRE_FETCH_PER_HOST_SPACING_MS; default: ${DEFAULT-VALUE}).")
    public long perHostSpacingMillis;
}
