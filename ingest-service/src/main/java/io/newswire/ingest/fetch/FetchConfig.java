package io.newswire.ingest.fetch;

import java.time.Duration;
import java.util.Optional;

/**
 * How feeds and articles are fetched. {@code deadline} bounds a whole fetch, redirects and body included, so a server
 * that drips its body cannot hold a worker; {@code readTimeout} bounds one silence.
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration readTimeout, Duration deadline,
                          long maxBodyBytes, int maxRedirects, int maxConcurrentPerHost, Duration minSpacingPerHost,
                          AllowList allowList) {

    public static final long DEFAULT_MAX_BODY_BYTES = 15L * 1024 * 1024;

    public FetchConfig {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }

    public static FetchConfig defaults() {
        return new FetchConfig(defaultUserAgent(), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
                DEFAULT_MAX_BODY_BYTES, 5, 2, Duration.ofSeconds(1), AllowList.NONE);
    }

    /** Names the software, its version and where to learn about it, as polite crawlers do. */
    public static String defaultUserAgent() {
        String version = Optional.ofNullable(FetchConfig.class.getPackage().getImplementationVersion()).orElse("dev");
        return "Newswire/" + version + " (+https://github.com/newswire; feed reader)";
    }

    public FetchConfig withUserAgent(String value) {
        return new FetchConfig(value, connectTimeout, readTimeout, deadline, maxBodyBytes, maxRedirects,
                maxConcurrentPerHost, minSpacingPerHost, allowList);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchConfig(userAgent, connect, read, total, maxBodyBytes, maxRedirects,
                maxConcurrentPerHost, minSpacingPerHost, allowList);
    }

    public FetchConfig withMaxBodyBytes(long value) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, deadline, value, maxRedirects,
                maxConcurrentPerHost, minSpacingPerHost, allowList);
    }

    public FetchConfig withMaxRedirects(int value) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, deadline, maxBodyBytes, value,
                maxConcurrentPerHost, minSpacingPerHost, allowList);
    }

    public FetchConfig withHostLimits(int maxConcurrent, Duration minSpacing) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, deadline, maxBodyBytes, maxRedirects,
                maxConcurrent, minSpacing, allowList);
    }

    public FetchConfig withAllowList(AllowList value) {
        return new FetchConfig(userAgent, connectTimeout, readTimeout, deadline, maxBodyBytes, maxRedirects,
                maxConcurrentPerHost, minSpacingPerHost, value);
    }
}
