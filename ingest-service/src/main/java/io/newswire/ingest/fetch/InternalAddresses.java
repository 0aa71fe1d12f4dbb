package io.newswire.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Address ranges a fetched URL must not reach: everything that is not the public Internet (loopback, private,
 * link-local with the cloud metadata endpoints, carrier-grade NAT, unique-local, multicast, reserved), and the
 * IPv6 forms that smuggle an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo).
 */
public final class InternalAddresses {

    private static final List<Cidr> IPV4 = List.of(
            Cidr.of("0.0.0.0/8"),          // "this network"; 0.0.0.0 reaches the local host on Linux
            Cidr.of("10.0.0.0/8"),
            Cidr.of("100.64.0.0/10"),      // carrier-grade NAT, also Alibaba's metadata 100.100.100.200
            Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"),     // link-local, cloud metadata 169.254.169.254
            Cidr.of("172.16.0.0/12"),
            Cidr.of("192.0.0.0/24"),       // IETF protocol assignments
            Cidr.of("192.0.2.0/24"),
            Cidr.of("192.88.99.0/24"),     // 6to4 relay anycast
            Cidr.of("192.168.0.0/16"),
            Cidr.of("198.18.0.0/15"),      // benchmarking
            Cidr.of("198.51.100.0/24"),
            Cidr.of("203.0.113.0/24"),
            Cidr.of("224.0.0.0/4"),        // multicast
            Cidr.of("240.0.0.0/4"));       // reserved and broadcast

    private static final List<Cidr> IPV6 = List.of(
            Cidr.of("::/96"),              // unspecified, loopback and the deprecated IPv4-compatible form
            Cidr.of("::ffff:0:0/96"),      // IPv4-mapped
            Cidr.of("::ffff:0:0:0/96"),    // IPv4-translated (SIIT)
            Cidr.of("64:ff9b::/96"),       // NAT64: reaches any IPv4 address through the gateway
            Cidr.of("64:ff9b:1::/48"),     // local-use NAT64
            Cidr.of("100::/64"),           // discard-only
            Cidr.of("2001::/32"),          // Teredo tunnels to an embedded IPv4 address
            Cidr.of("2001:db8::/32"),
            Cidr.of("2002::/16"),          // 6to4 embeds an IPv4 address
            Cidr.of("fc00::/7"),           // unique-local, also AWS metadata fd00:ec2::254
            Cidr.of("fe80::/10"),
            Cidr.of("fec0::/10"),          // deprecated site-local
            Cidr.of("ff00::/8"));

    private InternalAddresses() {
    }

    public static boolean contains(InetAddress address) {
        List<Cidr> ranges = address instanceof Inet6Address ? IPV6 : IPV4;
        byte[] bytes = address.getAddress();
        return ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private record Cidr(byte[] network, int prefixLength) {

        static Cidr of(String notation) {
            int slash = notation.indexOf('/');
            try {
                byte[] network = InetAddress.getByName(notation.substring(0, slash)).getAddress();
                int prefixLength = Integer.parseInt(notation.substring(slash + 1));
                // getByName turns ::ffff:a.b.c.d into an IPv4 address; keep the 16-byte form for IPv6 ranges
                if (notation.contains(":") && network.length == 4) {
                    network = mapped(network);
                }
                return new Cidr(network, prefixLength);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("bad range " + notation, e);
            }
        }

        private static byte[] mapped(byte[] ipv4) {
            byte[] ipv6 = new byte[16];
            ipv6[10] = (byte) 0xff;
            ipv6[11] = (byte) 0xff;
            System.arraycopy(ipv4, 0, ipv6, 12, 4);
            return ipv6;
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - remainingBits)) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
