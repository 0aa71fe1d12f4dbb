package io.newswire.alert;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.alert.develop.AlertTopology;
import io.newswire.alert.develop.ConflictKnowledge;
import io.newswire.alert.develop.DevelopmentMetrics;
import io.newswire.alert.mail.Emailer;
import io.newswire.alert.mail.Mailer;
import io.newswire.alert.mail.MailerSettings;
import io.newswire.alert.mail.SmtpEmailer;
import io.newswire.alert.mail.Subscriber;
import io.newswire.alert.mail.SubscriberConfig;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.ops.OpsServer;
import io.newswire.core.service.Service;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.core.topic.Topic;
import io.newswire.core.topic.Topics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One alert-service instance: the Streams app that turns articles into alerts, the mailer that e-mails them, and
 * the ops endpoint ({@code /ready}: Streams RUNNING and the mailer assigned). Either part can be switched off.
 */
public final class AlertService implements Service {

    public static final String NAME = "alert-service";

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final StreamsRunner streams;
    private final Mailer mailer;
    private final Thread mailerThread;
    private final OpsServer ops;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean failed;

    private AlertService(StreamsRunner streams, Mailer mailer, PrometheusMeterRegistry registry, int opsPort) {
        this.streams = streams;
        this.mailer = mailer;
        this.ops = OpsServer.start(opsPort, registry, this::isReady);
        this.mailerThread = mailer == null ? null : new Thread(this::runMailer, "alert-mailer");
    }

    public static AlertService start(AlertOptions options) {
        return start(options, new SmtpEmailer(options.smtp()));
    }

    /** Starts with the given way of sending e-mail (tests pass a lambda or an SMTP emailer of their own). */
    public static AlertService start(AlertOptions options, Emailer emailer) {
        // configuration files first: a missing or broken one is reported before any connection
        ConflictKnowledge knowledge = options.streams
                ? ConflictKnowledge.load(options.conflictsFile, options.placesFile) : null;
        MailerSettings mailerSettings = options.mailer ? mailerSettings(options) : null;
        List<Topic<?, ?>> topics = new ArrayList<>(Topics.ALL);
        topics.add(Topics.DIGEST_BUFFER);
        TopicProvisioner.ensureTopics(options.common.kafka, topics);
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        StreamsRunner streams = options.streams ? streams(options, knowledge, registry) : null;
        Mailer mailer = options.mailer ? new Mailer(options.common.kafka, mailerSettings, emailer, registry,
                Clock.systemUTC()) : null;
        AlertService service = new AlertService(streams, mailer, registry, options.common.opsPort);
        service.begin();
        return service;
    }

    private static StreamsRunner streams(AlertOptions options, ConflictKnowledge knowledge,
                                         PrometheusMeterRegistry registry) {
        Properties props = StreamsSettings.properties(options.common.applicationId, NAME, options.common.kafka,
                options.common.stateDir);
        if (options.instanceId != null && !options.instanceId.isBlank()) {
            props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), options.instanceId);
        }
        return new StreamsRunner(NAME, AlertTopology.build(props, knowledge,
                new DevelopmentMetrics(registry)), props, registry);
    }

    static MailerSettings mailerSettings(AlertOptions options) {
        List<Subscriber> subscribers = options.subscribersFile == null && options.subscriberEmails == null
                ? List.of(Subscriber.immediate(AlertOptions.DEFAULT_SUBSCRIBER))
                : SubscriberConfig.load(options.subscribersFile, options.subscriberEmails);
        return new MailerSettings(subscribers, options.mailFrom, options.unsubscribeUrl, options.smtpRetryInitial,
                options.smtpRetryMax);
    }

    private void begin() {
        if (streams != null) {
            streams.start();
            Thread watcher = new Thread(this::watchStreams, "alert-streams-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        if (mailerThread != null) {
            mailerThread.start();
        }
    }

    private void watchStreams() {
        try {
            boolean clean = streams.awaitTermination();
            stop(!clean, "Streams app stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runMailer() {
        try {
            mailer.run();
        } finally {
            stop(mailer.hasFailed(), "mailer stopped");
        }
    }

    private void stop(boolean failure, String why) {
        if (!closing) {
            LOG.error("{}: {}{}", NAME, why, failure ? " after a failure" : "");
            failed = true;
            stopped.countDown();
        }
    }

    public boolean isReady() {
        return !closing && (streams == null || streams.isRunning()) && (mailer == null || mailer.isReady());
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public boolean awaitTermination() throws InterruptedException {
        stopped.await();
        return !failed;
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (mailer != null) {
            mailer.close();
        }
        if (streams != null) {
            streams.close();
        }
        ops.close();
        stopped.countDown();
    }
}
