package io.newswire.alert.develop;

import io.newswire.core.event.Article;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fixes a story's conflict when it is first assigned and re-keys the story's articles by it, so that every article
 * of a story, copies included, meets the same conflict state even if a copy names other parties.
 */
final class StoryConflictAssigner implements Processor<String, Article, String, ConflictArticle> {

    private final ConflictMap conflicts;
    private ProcessorContext<String, ConflictArticle> context;
    private KeyValueStore<String, String> storyConflicts;

    StoryConflictAssigner(ConflictMap conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public void init(ProcessorContext<String, ConflictArticle> context) {
        this.context = context;
        this.storyConflicts = context.getStateStore(AlertTopology.STORY_CONFLICTS_STORE);
    }

    @Override
    public void process(Record<String, Article> record) {
        String story = record.key();
        String conflict = storyConflicts.get(story);
        if (conflict == null) {
            conflict = conflicts.conflictOf(record.value().tags().parties());
            // An unassigned story may name its parties in a later rewrite; only a real conflict is final.
            if (!ConflictMap.UNASSIGNED.equals(conflict)) {
                storyConflicts.put(story, conflict);
            }
        }
        context.forward(record.withKey(conflict).withValue(new ConflictArticle(conflict, record.value())));
    }
}
