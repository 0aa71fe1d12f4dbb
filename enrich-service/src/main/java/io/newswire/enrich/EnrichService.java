package io.newswire.enrich;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.ops.OpsServer;
import io.newswire.core.service.Service;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.enrich.article.ArticleEnricher;
import io.newswire.enrich.article.EnrichMetrics;
import io.newswire.enrich.extract.ArticleExtractor;
import io.newswire.enrich.story.StoryGrouper;
import io.newswire.enrich.tag.ArticleTagger;
import io.newswire.enrich.tag.Gazetteer;

/** One enrich-service instance: the Streams app and its ops endpoint. */
public final class EnrichService implements Service {

    public static final String NAME = "enrich-service";

    private final StreamsRunner streams;
    private final OpsServer ops;

    private EnrichService(StreamsRunner streams, OpsServer ops) {
        this.streams = streams;
        this.ops = ops;
    }

    public static EnrichService start(EnrichOptions options) {
        TopicProvisioner.ensureTopics(options.kafka);
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        Gazetteer gazetteer = Gazetteer.load(options.gazetteer);
        ArticleEnricher enricher = new ArticleEnricher(new ArticleExtractor(), new ArticleTagger(gazetteer)::tag,
                new EnrichMetrics(registry));
        StreamsRunner streams = new StreamsRunner(NAME, EnrichTopology.build(enricher, StoryGrouper.defaults()),
                StreamsSettings.properties(options.applicationId, NAME, options.kafka, options.stateDir), registry);
        OpsServer ops = OpsServer.start(options.opsPort, registry, streams::isRunning);
        streams.start();
        return new EnrichService(streams, ops);
    }

    public boolean isReady() {
        return streams.isRunning();
    }

    public int opsPort() {
        return ops.port();
    }

    @Override
    public boolean awaitTermination() throws InterruptedException {
        return streams.awaitTermination();
    }

    @Override
    public void close() {
        streams.close();
        ops.close();
    }
}
