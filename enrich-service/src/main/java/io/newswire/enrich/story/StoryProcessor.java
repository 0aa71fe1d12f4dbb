package io.newswire.enrich.story;

import io.newswire.core.event.Article;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets each article's story id and the article it copies, from the story stores. An item already grouped is a
 * re-delivery from upstream and is dropped, so news.articles holds each item once.
 */
public final class StoryProcessor implements FixedKeyProcessor<String, Article, Article> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryProcessor.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final StoryGrouper grouper;
    private FixedKeyProcessorContext<String, Article> context;
    private StoryStores stores;

    public StoryProcessor(StoryGrouper grouper) {
        this.grouper = grouper;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.stores = new StoryStores(context.getStateStore(StoryStores.MEMBERS),
                context.getStateStore(StoryStores.BANDS));
        context.schedule(PURGE_EVERY, PunctuationType.WALL_CLOCK_TIME,
                now -> stores.forgetOlderThan(now - grouper.retention().toMillis()));
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        if (stores.member(article.itemId()).isPresent()) {
            LOG.info("item {} already grouped, dropping the re-delivery", article.itemId());
            return;
        }
        StoryAssignment story = grouper.assign(article.itemId(), article.text(), article.tags(), record.timestamp(),
                stores);
        context.forward(record.withValue(new Article(article.itemId(), article.feedUrl(), article.source(),
                article.link(), article.title(), article.publishedAt(), article.discoveredAt(), article.text(),
                article.language(), article.byline(), article.extraction(), article.tags(), story.storyId(),
                story.duplicateOf())));
    }
}
