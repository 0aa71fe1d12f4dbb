package io.newswire.alert.develop;

import io.newswire.core.event.Alert;
import io.newswire.core.event.Article;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the detector on one conflict's articles against the stored conflict and story states and publishes the
 * resulting alerts, and the article's bulletin, keyed by story id. The alert's times are the article record's timestamp, not the clock, so a
 * replay writes the same alerts.
 */
final class DevelopmentProcessor implements Processor<String, ConflictArticle, String, Published> {

    private final DevelopmentDetector detector;
    private final DevelopmentMetrics metrics;
    private ProcessorContext<String, Published> context;
    private KeyValueStore<String, ConflictState> conflictStates;
    private KeyValueStore<String, StoryState> storyStates;

    DevelopmentProcessor(DevelopmentMetrics metrics, DevelopmentDetector detector) {
        this.metrics = metrics;
        this.detector = detector;
    }

    @Override
    public void init(ProcessorContext<String, Published> context) {
        this.context = context;
        this.conflictStates = context.getStateStore(AlertTopology.CONFLICT_STATES_STORE);
        this.storyStates = context.getStateStore(AlertTopology.STORY_STATES_STORE);
    }

    @Override
    public void process(Record<String, ConflictArticle> record) {
        Article article = record.value().article();
        String conflict = record.value().conflict();
        String stateKey = record.value().stateKey();
        String storyId = ConflictArticle.storyOf(article);
        ConflictState conflictState = conflictStates.get(stateKey);
        StoryState story = storyStates.get(storyId);
        Detection detection = detector.detect(conflictState == null ? ConflictState.empty(conflict) : conflictState,
                story == null ? StoryState.empty(storyId) : story, article, Instant.ofEpochMilli(record.timestamp()));
        if (detection.alerts().isEmpty() && detection.story().equals(story)) {
            return;
        }
        conflictStates.put(stateKey, detection.conflict());
        storyStates.put(storyId, detection.story());
        Instant now = Instant.now();
        for (Alert alert : detection.alerts()) {
            context.forward(record.withKey(storyId).withValue(Published.of(alert)));
            metrics.published(alert, article, now);
        }
        if (detection.bulletin() != null) {
            context.forward(record.withKey(storyId).withValue(Published.of(detection.bulletin())));
        }
    }
}
