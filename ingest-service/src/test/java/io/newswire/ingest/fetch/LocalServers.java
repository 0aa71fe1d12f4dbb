package io.newswire.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockWebServer;

/** Fetchers for tests against a local MockWebServer: its loopback port allow-listed, short timeouts, no spacing. */
final class LocalServers {

    private LocalServers() {
    }

    static FetchConfig config(MockWebServer server) {
        return FetchConfig.defaults()
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(2))
                .withHostLimits(4, Duration.ZERO)
                .withAllowList(AllowList.of(server.getHostName() + ":" + server.getPort()));
    }

    static HttpFetcher fetcher(FetchConfig config) {
        return fetcher(config, Clock.systemUTC());
    }

    static HttpFetcher fetcher(FetchConfig config, Clock clock) {
        return new HttpFetcher(config, new AddressGuard(config.allowList()),
                new HostLimiter(config.maxConcurrentPerHost(), config.minSpacingPerHost()), clock);
    }

    static String url(MockWebServer server, String path) {
        return server.url(path).toString();
    }
}
