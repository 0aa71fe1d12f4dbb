package io.newswire.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Whether a URL may be registered as a feed: absolute http(s) with a host, of bounded length, and not aimed at an
 * internal or metadata address unless the allow-list names it, by the same {@link AddressGuard} rules the fetcher
 * applies. A host that does not resolve now passes: DNS may be down at registration, and the fetcher checks again.
 */
public final class FeedUrlCheck {

    /** Longer than any real feed URL; well under the limits of HTTP servers and of the registry's record keys. */
    public static final int MAX_URL_LENGTH = 2048;
    /** The longest host name DNS allows. */
    static final int MAX_HOST_LENGTH = 253;

    private final AddressGuard guard;

    public FeedUrlCheck(AllowList allowList) {
        this(new AddressGuard(allowList));
    }

    public FeedUrlCheck(AddressGuard guard) {
        this.guard = guard;
    }

    /** Why the URL may not be registered, or empty when it may. */
    public Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("empty URL");
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("URL longer than " + MAX_URL_LENGTH + " characters");
        }
        String scheme = schemeOf(url);
        if (scheme == null) {
            return Optional.of("not an absolute URL (expected http:// or https://)");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme " + scheme + ": is not http or https");
        }
        HttpUrl parsed = hasAuthority(url) ? HttpUrl.parse(url) : null;
        if (parsed == null || parsed.host().isEmpty()) {
            return Optional.of("not a valid http(s) URL with a host");
        }
        if (parsed.host().length() > MAX_HOST_LENGTH) {
            return Optional.of("host name longer than " + MAX_HOST_LENGTH + " characters");
        }
        return addressProblem(parsed);
    }

    private Optional<String> addressProblem(HttpUrl url) {
        try {
            guard.checkUrl(url);
            guard.lookup(url.host());
            return Optional.empty();
        } catch (BlockedAddressException e) {
            return Optional.of(e.getMessage() + " (add the host to --allow-hosts to permit it)");
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** OkHttp, like a browser, reads {@code http:///feed.xml} as host {@code feed.xml}; the RFC sees no host. */
    private static boolean hasAuthority(String url) {
        try {
            String authority = new URI(url).getRawAuthority();
            return authority != null && !authority.isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String schemeOf(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return null;
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
