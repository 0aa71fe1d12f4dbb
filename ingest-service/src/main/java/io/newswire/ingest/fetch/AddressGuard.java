package io.newswire.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;

/**
 * Keeps fetches on the public Internet, so that a feed cannot make the service probe the internal network. Checked
 * three times: before each hop ({@link #checkUrl}, which catches IP-literal hosts that OkHttp never looks up), at
 * lookup (this {@link Dns} drops internal addresses, so no connection is even attempted), and on the address actually
 * connected ({@link #connectedAddressCheck}), so a pooled connection or a rebinding resolver cannot get around it.
 */
public final class AddressGuard implements Dns {

    private final AllowList allowList;
    private final Dns resolver;

    public AddressGuard(AllowList allowList, Dns resolver) {
        this.allowList = allowList;
        this.resolver = resolver;
    }

    public AddressGuard(AllowList allowList) {
        this(allowList, Dns.SYSTEM);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> resolved = resolver.lookup(hostname);
        if (allowList.mentions(hostname)) {
            return resolved;
        }
        List<InetAddress> external = resolved.stream().filter(a -> !InternalAddresses.contains(a)).toList();
        if (external.isEmpty()) {
            throw new BlockedAddressException(hostname + " resolves only to internal addresses " + resolved);
        }
        return external;
    }

    /**
     * Refuses a URL before any connection: IP-literal hosts (OkHttp does not pass them to {@link Dns}) and hosts the
     * allow-list names only for other ports (the lookup cannot tell ports apart).
     */
    public void checkUrl(HttpUrl url) throws UnknownHostException {
        if (allowList.permits(url.host(), url.port())) {
            return;
        }
        if (isIpLiteral(url.host())) {
            check(url, InetAddress.getByName(url.host()));
        } else if (allowList.mentions(url.host())) {
            for (InetAddress address : resolver.lookup(url.host())) {
                check(url, address);
            }
        }
    }

    /** A network interceptor that refuses to send a request over a connection to an internal address. */
    public Interceptor connectedAddressCheck() {
        return chain -> {
            InetSocketAddress connected = chain.connection().route().socketAddress();
            check(chain.request().url(), connected.getAddress());
            return chain.proceed(chain.request());
        };
    }

    void check(HttpUrl url, InetAddress address) throws BlockedAddressException {
        if (InternalAddresses.contains(address) && !allowList.permits(url.host(), url.port())) {
            throw new BlockedAddressException("refused internal address " + address.getHostAddress()
                    + " for " + url.host() + ":" + url.port());
        }
    }

    private static boolean isIpLiteral(String host) {
        // HttpUrl canonicalises hosts: IPv6 literals contain ':', IPv4 literals are dotted decimals
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
