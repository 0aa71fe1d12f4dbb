package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.100.100.200", "100.127.255.255", "0.0.0.0",
            "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "198.18.0.1", "192.0.0.170",
            "::", "::1", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "64:ff9b::a9fe:a9fe",
            "64:ff9b:1::1", "::7f00:1", "::ffff:0:7f00:1", "2002:7f00:1::1", "2001:0:4136:e378::1", "2001:db8::1", "fec0::1"})
    void shouldRefuse(String address) throws Exception {
        assertThat(InternalAddresses.contains(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "8.8.8.8", "1.1.1.1", "93.184.215.14", "151.101.1.69", "172.32.0.1", "172.15.255.255",
            "100.128.0.1", "100.63.255.255", "169.255.0.1", "192.169.0.1", "11.0.0.1", "223.255.255.255",
            "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e"})
    void shouldAllow(String address) throws Exception {
        assertThat(InternalAddresses.contains(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void shouldRefuseIpv4MappedIpv6EvenWhenKeptAsAnIpv6Address() throws Exception {
        // InetAddress.getByName turns ::ffff:a.b.c.d into IPv4; raw bytes from elsewhere stay IPv6
        byte[] mappedMetadata = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};

        assertThat(InternalAddresses.contains(Inet6Address.getByAddress(null, mappedMetadata, -1))).isTrue();
        assertThat(InternalAddresses.contains(Inet6Address.getByAddress(null, mappedPublic, -1))).isTrue();
    }
}
