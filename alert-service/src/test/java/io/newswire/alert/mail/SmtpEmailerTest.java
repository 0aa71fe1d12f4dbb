package io.newswire.alert.mail;

import static io.newswire.alert.mail.TestBulletins.bulletin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpEmailerTest {

    private GreenMail greenMail;
    private SmtpEmailer emailer;
    private final BulletinEmailRenderer renderer = new BulletinEmailRenderer("alerts@newswire.local", null);

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        emailer = new SmtpEmailer(new SmtpSettings("localhost", greenMail.getSmtp().getPort(), false, null, null,
                Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void shouldSendBothBodiesWithOurMessageIdAndHeaders() throws Exception {
        AtomicInteger commits = new AtomicInteger();

        emailer.send(renderer.render(bulletin("b1"), "desk@example.org", "<alert.1@newswire.local>"),
                commits::incrementAndGet);

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<alert.1@newswire.local>");
        assertThat(received.getHeader("List-Unsubscribe")[0]).startsWith("<mailto:");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        assertThat(commits).hasValue(1);
    }

    @Test
    void shouldNotSendWhenTheCommitPointFails() {
        assertThatThrownBy(() -> emailer.send(renderer.render(bulletin("b1"), "desk@example.org", "<a@x>"), () -> {
            throw new IllegalStateException("ledger down");
        })).isInstanceOfSatisfying(SendFailure.class, f -> {
            assertThat(f.pastCommitPoint()).isTrue();
            assertThat(f.permanent()).isFalse();
        });

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldFailForNowWithoutReachingTheCommitPointWhenTheServerIsDown() {
        greenMail.stop();
        AtomicInteger commits = new AtomicInteger();

        assertThatThrownBy(() -> emailer.send(renderer.render(bulletin("b1"), "desk@example.org", "<a@x>"),
                commits::incrementAndGet)).isInstanceOfSatisfying(SendFailure.class, f -> {
                    assertThat(f.permanent()).isFalse();
                    assertThat(f.pastCommitPoint()).isFalse();
                });
        assertThat(commits).hasValue(0);
    }
}
