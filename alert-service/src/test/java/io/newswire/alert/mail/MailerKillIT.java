package io.newswire.alert.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.alert.AlertServiceMain;
import io.newswire.alert.AlertTopics;
import io.newswire.alert.Mailbox;
import io.newswire.alert.TestOptions;
import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.kafka.EmbeddedKafkaExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, acceptance 3: alert-service runs as its own process and is killed with SIGKILL while it is mailing a
 * batch; after a restart every e-mail has arrived, none twice.
 */
class MailerKillIT {

    /** A killed mailer's partitions go to its successor when the broker drops it: after 6 s here, 45 s by default. */
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension(broker -> broker
            .brokerProperty("group.consumer.min.session.timeout.ms", "6000")
            .brokerProperty("group.consumer.session.timeout.ms", "6000"));

    private static final int STORIES = 60;

    @TempDir
    Path dir;

    private final Mailbox mailbox = new Mailbox();
    private final AlertTopics topics = new AlertTopics(KAFKA.bootstrapServers());
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        // The processes' logs go with the temporary dir; keep their ends in the test's output.
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                System.out.println("---- " + log.getFileName() + " (warnings and Newswire's own lines)");
                Files.readAllLines(log).stream()
                        .filter(l -> l.contains("io.newswire") || l.contains("WARN") || l.contains("ERROR"))
                        .forEach(System.out::println);
            }
        }
        topics.close();
        mailbox.close();
    }

    @Test
    void shouldMailEveryAlertOnceWhenKilledMidBatchAndRestarted() throws Exception {
        // Each story's figure is of its own incident, so each article makes one bulletin whatever the order.
        IntStream.range(0, STORIES).mapToObj(MailerKillIT::article).forEach(topics::publish);

        Process first = start("first");
        await().atMost(Duration.ofSeconds(120)).until(() -> mailbox.messages().size() >= 20);
        first.destroyForcibly().waitFor();
        int atKill = mailbox.messages().size();

        start("second");
        await("all bulletins").atMost(Duration.ofSeconds(120)).until(() -> topics.bulletins().size() == STORIES);
        await("mailer caught up").atMost(Duration.ofSeconds(120)).until(topics::mailerCaughtUp);

        int expected = 2 * STORIES;
        assertThat(atKill).as("killed in the middle of the batch").isLessThan(expected);
        assertThat(mailbox.messages()).hasSize(expected);
        assertThat(mailbox.countsByRecipientAndMessageId()).hasSize(expected)
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
        assertThat(topics.alerts()).extracting(Alert::alertId).doesNotHaveDuplicates();
    }

    private Process start(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), AlertServiceMain.class.getName()));
        command.addAll(TestOptions.args(KAFKA.bootstrapServers(), dir.resolve("state"), mailbox.port()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private static Article article(int i) {
        String sentence = "Officials in district " + i + " said " + (100 + i) + " people had been killed.";
        Evidence evidence = new Evidence(sentence, 0, sentence.length());
        Instant published = Instant.parse("2024-08-15T10:00:00Z").plusSeconds(60L * i);
        return new Article("kill-" + i, "https://wire.example/rss", "Wire", "https://wire.example/" + i,
                "Strike on district " + i, published, published.plusSeconds(30), sentence, "en", null, "ok",
                new Tags(Talks.NONE, List.of(new Casualty(100 + i, null, "killed", "exact", false,
                        "District " + i + " officials", false, evidence)),
                        List.of(new Party("Israel", "state", null, evidence))),
                "story-kill-" + i, null);
    }
}
