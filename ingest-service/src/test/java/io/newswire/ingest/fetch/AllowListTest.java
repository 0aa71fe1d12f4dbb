package io.newswire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllowListTest {

    @Test
    void shouldPermitAHostOnlyOnItsListedPort() {
        AllowList allowList = AllowList.parse("localhost:8089");

        assertThat(allowList.permits("localhost", 8089)).isTrue();
        assertThat(allowList.permits("LOCALHOST", 8089)).isTrue();
        assertThat(allowList.permits("localhost", 22)).isFalse();
        assertThat(allowList.mentions("localhost")).isTrue();
        assertThat(allowList.mentions("127.0.0.1")).isFalse();
    }

    @Test
    void shouldPermitEveryPortOfAHostListedWithoutOne() {
        AllowList allowList = AllowList.parse("feeds.intranet, [::1]:9000 127.0.0.1:8089");

        assertThat(allowList.permits("feeds.intranet", 443)).isTrue();
        assertThat(allowList.permits("feeds.intranet", 80)).isTrue();
        assertThat(allowList.permits("::1", 9000)).isTrue();
        assertThat(allowList.permits("[::1]", 9000)).isTrue();
        assertThat(allowList.permits("::1", 9001)).isFalse();
        assertThat(allowList.permits("127.0.0.1", 8089)).isTrue();
    }

    @Test
    void shouldPermitNothingWhenEmpty() {
        assertThat(AllowList.parse("  ").permits("localhost", 80)).isFalse();
        assertThat(AllowList.parse(null).entries()).isEmpty();
    }

    @Test
    void shouldRejectABadPort() {
        assertThatThrownBy(() -> AllowList.parse("localhost:http")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowList.parse("localhost:70000")).isInstanceOf(IllegalArgumentException.class);
    }
}
