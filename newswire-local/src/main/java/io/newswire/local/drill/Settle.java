package io.newswire.local.drill;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.topic.TopicReader;
import io.newswire.core.topic.Topics;
import io.newswire.local.LocalInfrastructure;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Waits until the pipeline is quiet: nothing missing at any stage and nothing new for two checks in a row, or the
 * timeout; then the stage counts as they stand (waiting longer cannot undo a duplicate, only fill a gap).
 */
final class Settle {

    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final LocalInfrastructure infra;
    private final MailCollector mail;
    private final DrillScript script;
    private final Publisher publisher;
    private final FaultDrill.Settings settings;
    private final PrintStream log;

    Settle(LocalInfrastructure infra, MailCollector mail, DrillScript script, Publisher publisher,
           FaultDrill.Settings settings, PrintStream log) {
        this.infra = infra;
        this.mail = mail;
        this.script = script;
        this.publisher = publisher;
        this.settings = settings;
        this.log = log;
    }

    List<DrillCheck.Stage> await(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<DrillCheck.Stage> previous = null;
        while (true) {
            List<DrillCheck.Stage> stages = check();
            boolean complete = stages.stream().allMatch(stage -> stage.lost() == 0);
            log.println("check: " + stages.stream().map(s -> s.name() + " " + s.out() + "/" + s.in()).toList());
            if (complete && stages.equals(previous) || System.nanoTime() > deadline) {
                return stages;
            }
            previous = stages;
            Thread.sleep(CHECK_EVERY.toMillis());
        }
    }

    private List<DrillCheck.Stage> check() throws Exception {
        var kafka = KafkaOptions.clientProperties(infra.kafka().bootstrapServers);
        List<RawItem> raw = TopicReader.values(kafka, Topics.RAW, READ_TIMEOUT);
        List<Article> articles = TopicReader.values(kafka, Topics.ARTICLES, READ_TIMEOUT);
        List<Alert> alerts = TopicReader.values(kafka, Topics.ALERTS_ALL, READ_TIMEOUT);
        List<AlertBulletin> bulletins = TopicReader.values(kafka, Topics.ALERTS_BULLETINS, READ_TIMEOUT);
        List<String> venues = script.items().stream().filter(i -> i.kind() == DrillScript.Kind.NEW_VENUE)
                .map(DrillScript.Item::venue).toList();
        return DrillCheck.stages(publisher.publishedPaths(), venues, raw, articles, alerts, bulletins,
                mail.deliveries(), settings.subscribers(), FaultDrill.MAIL_FROM);
    }
}
