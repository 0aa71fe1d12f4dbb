package io.newswire.enrich;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.core.admin.TopicProvisioner;
import io.newswire.core.ops.Metrics;
import io.newswire.core.service.StreamsService;
import io.newswire.core.streams.StreamsRunner;
import io.newswire.core.streams.StreamsSettings;
import io.newswire.enrich.article.ArticleEnricher;
import io.newswire.enrich.article.EnrichMetrics;
import io.newswire.enrich.extract.ArticleExtractor;
import io.newswire.enrich.story.StoryGrouper;
import io.newswire.enrich.tag.ArticleTagger;
import io.newswire.enrich.tag.Gazetteer;
import io.newswire.enrich.tag.Lexicon;
import java.util.Properties;

/** One enrich-service instance: the Streams app and its ops endpoint. */
public final class EnrichService extends StreamsService {

    public static final String NAME = "enrich-service";

    private EnrichService(Started started) {
        super(started);
    }

    /**
     * A gazetteer file given is read first, so that a bad one is reported before any connection; the bundled one is
     * known good and takes seconds to load, so it waits until the broker has answered and an unreachable broker is
     * reported promptly.
     */
    public static EnrichService start(EnrichOptions options) {
        Gazetteer given = options.gazetteer == null ? null : Gazetteer.load(options.gazetteer);
        Lexicon lexicon = Lexicon.load(options.lexicons);
        TopicProvisioner.ensureTopics(options.common.kafka);
        Gazetteer gazetteer = given != null ? given : Gazetteer.load(null);
        PrometheusMeterRegistry registry = Metrics.registry(NAME);
        ArticleEnricher enricher = new ArticleEnricher(new ArticleExtractor(),
                new ArticleTagger(gazetteer, lexicon)::tag,
                new EnrichMetrics(registry));
        Properties settings = StreamsSettings.properties(options.common.applicationId, NAME, options.common.kafka,
                options.common.stateDir);
        StreamsRunner streams = new StreamsRunner(NAME, EnrichTopology.build(settings, enricher,
                StoryGrouper.defaults()), settings, registry);
        return new EnrichService(launch(streams, options.common.opsPort, registry));
    }
}
