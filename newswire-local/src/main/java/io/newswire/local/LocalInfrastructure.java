package io.newswire.local;

import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.topic.Topics;
import io.newswire.kafka.EmbeddedKafkaBroker;
import io.newswire.local.demo.DemoFeedServer;
import io.newswire.local.demo.DemoFeeds;
import io.newswire.local.mail.MailSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What production gets from its surroundings, here on one machine: a real Kafka broker, a news site with the demo
 * feeds, and an SMTP server that keeps every mail as a file. The demo feeds are put in the feed registry.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final DemoFeedServer feeds;
    private final MailSink mail;
    private final KafkaOptions kafka;

    private LocalInfrastructure(EmbeddedKafkaBroker broker, DemoFeedServer feeds, MailSink mail, KafkaOptions kafka) {
        this.broker = broker;
        this.feeds = feeds;
        this.mail = mail;
        this.kafka = kafka;
    }

    /** Where each part listens (0: a free port), where the broker and the mail sink keep their files. */
    public record Settings(int kafkaPort, Path brokerDir, int feedsPort, int smtpPort, Path mailDir,
                           int pollIntervalSeconds, DemoFeeds demo) {
    }

    public static LocalInfrastructure start(Settings settings) throws IOException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(settings.kafkaPort())
                .logDir(settings.brokerDir()).build();
        broker.start();
        try {
            return around(broker, broker.bootstrapServers(), settings);
        } catch (IOException | RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    /** The demo site and the SMTP sink around a Kafka cluster that runs elsewhere (a container, a real cluster). */
    public static LocalInfrastructure startAround(String bootstrapServers, Settings settings) throws IOException {
        return around(null, bootstrapServers, settings);
    }

    private static LocalInfrastructure around(EmbeddedKafkaBroker broker, String bootstrapServers, Settings settings)
            throws IOException {
        KafkaOptions kafka = new KafkaOptions(bootstrapServers, 3, (short) 1);
        TopicProvisioner.ensureTopics(kafka);
        DemoFeedServer feeds = DemoFeedServer.start(settings.feedsPort(), settings.demo(), Clock.systemUTC());
        MailSink mail = MailSink.start(settings.smtpPort(), settings.mailDir());
        LocalInfrastructure infrastructure = new LocalInfrastructure(broker, feeds, mail, kafka);
        infrastructure.registerFeeds(settings.demo(), settings.pollIntervalSeconds());
        return infrastructure;
    }

    private void registerFeeds(DemoFeeds demo, int pollIntervalSeconds) {
        Properties props = kafka.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, Topics.FEEDS.keySerde().serializer(),
                Topics.FEEDS.valueSerde().serializer())) {
            for (DemoFeeds.Feed feed : demo.feeds()) {
                String url = feeds.baseUrl() + feed.path();
                producer.send(new ProducerRecord<>(Topics.FEEDS.name(), url,
                        new FeedConfig(url, feed.title(), pollIntervalSeconds, "en", true)));
            }
            producer.flush();
        }
    }

    /** The in-process broker, or null when the cluster runs elsewhere. */
    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public KafkaOptions kafka() {
        return kafka;
    }

    public DemoFeedServer feeds() {
        return feeds;
    }

    public MailSink mail() {
        return mail;
    }

    @Override
    public void close() {
        mail.close();
        feeds.close();
        if (broker != null) {
            broker.close();
        }
    }
}
