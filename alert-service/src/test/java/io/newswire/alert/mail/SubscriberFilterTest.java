package io.newswire.alert.mail;

import static io.newswire.alert.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.AlertKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberFilterTest {

    private static Subscriber subscriber(String address, Set<AlertKind> kinds, List<String> parties,
                                         List<String> conflicts) {
        return new Subscriber(address, kinds, parties, conflicts, null);
    }

    @Test
    void shouldRouteByKindPartyOrConflict() {
        Subscriber everything = Subscriber.immediate("all@x.org");
        Subscriber talksOnly = subscriber("talks@x.org", Set.of(AlertKind.TALKS), List.of(), List.of());
        Subscriber hamas = subscriber("hamas@x.org", Set.of(), List.of("hamas"), List.of());
        Subscriber ukraine = subscriber("ua@x.org", Set.of(), List.of(), List.of("russia-ukraine"));
        Subscriber gazaOrIran = subscriber("gi@x.org", Set.of(AlertKind.CASUALTIES), List.of("Iran"),
                List.of("israel-gaza"));
        SubscriberFilter filter = new SubscriberFilter(List.of(everything, talksOnly, hamas, ukraine, gazaOrIran));

        assertThat(filter.recipients(alert("a1"))).extracting(Subscriber::address)
                .containsExactly("all@x.org", "hamas@x.org", "gi@x.org");
        assertThat(filter.recipients(alert("a2", AlertKind.TALKS, "russia-ukraine", List.of("Russia"), "Talks resumed")))
                .extracting(Subscriber::address).containsExactly("all@x.org", "talks@x.org", "ua@x.org");
    }
}
