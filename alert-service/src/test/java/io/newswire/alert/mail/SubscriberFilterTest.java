package io.newswire.alert.mail;

import static io.newswire.alert.mail.TestBulletins.alert;
import static io.newswire.alert.mail.TestBulletins.bulletin;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.alert.mail.SubscriberFilter.Recipient;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberFilterTest {

    private static Subscriber subscriber(String address, Set<AlertKind> kinds, List<String> parties,
                                         List<String> conflicts) {
        return new Subscriber(address, kinds, parties, conflicts, null);
    }

    @Test
    void shouldRouteABulletinToEverySubscriberOneOfItsAlertsConcerns() {
        Subscriber everything = Subscriber.immediate("all@x.org");
        Subscriber talksOnly = subscriber("talks@x.org", Set.of(AlertKind.TALKS), List.of(), List.of());
        Subscriber hamas = subscriber("hamas@x.org", Set.of(), List.of("hamas"), List.of());
        Subscriber ukraine = subscriber("ua@x.org", Set.of(), List.of(), List.of("russia-ukraine"));
        Subscriber casualtiesOfIran = subscriber("iran@x.org", Set.of(AlertKind.CASUALTIES), List.of("Iran"),
                List.of());
        SubscriberFilter filter = new SubscriberFilter(List.of(everything, talksOnly, hamas, ukraine,
                casualtiesOfIran));

        assertThat(filter.recipients(bulletin("b1"))).extracting(r -> r.subscriber().address())
                .containsExactly("all@x.org", "talks@x.org", "hamas@x.org");
        AlertBulletin kyiv = bulletin("b2", alert("b2-talks", AlertKind.TALKS, "russia-ukraine", List.of("Russia"),
                List.of(), ChangeType.STATUS_CHANGE));
        assertThat(filter.recipients(kyiv)).extracting(r -> r.subscriber().address())
                .containsExactly("all@x.org", "talks@x.org", "ua@x.org");
    }

    @Test
    void shouldGiveEachSubscriberOnlyTheDevelopmentsOfTheKindsTheyFollow() {
        Subscriber everything = Subscriber.immediate("all@x.org");
        Subscriber talksOnly = subscriber("talks@x.org", Set.of(AlertKind.TALKS), List.of(), List.of());
        AlertBulletin bulletin = bulletin("b1");

        List<Recipient> recipients = new SubscriberFilter(List.of(everything, talksOnly)).recipients(bulletin);

        assertThat(recipients.get(0).bulletin()).isSameAs(bulletin);
        AlertBulletin talks = recipients.get(1).bulletin();
        assertThat(talks.bulletinId()).isEqualTo(bulletin.bulletinId());
        assertThat(talks.developments()).extracting(Development::type)
                .containsExactly(ChangeType.STATUS_CHANGE, ChangeType.NEW_VENUE);
        assertThat(talks.alerts()).extracting(a -> a.kind()).containsExactly(AlertKind.TALKS);
    }
}
