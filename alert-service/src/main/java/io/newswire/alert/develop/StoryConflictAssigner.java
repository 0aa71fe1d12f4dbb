package io.newswire.alert.develop;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives an article its story's conflict, or, when the story has none yet, the conflict its own parties and places
 * name, which then becomes the story's. Every article of a story, rewrites naming other parties included, so meets
 * the same conflict state. An article neither names nor inherits is re-keyed to its story's own state.
 */
final class StoryConflictAssigner implements Processor<String, ConflictArticle, String, ConflictArticle> {

    private final ConflictAssigner assigner;
    private ProcessorContext<String, ConflictArticle> context;
    private KeyValueStore<String, String> storyConflicts;

    StoryConflictAssigner(ConflictAssigner assigner) {
        this.assigner = assigner;
    }

    @Override
    public void init(ProcessorContext<String, ConflictArticle> context) {
        this.context = context;
        this.storyConflicts = context.getStateStore(AlertTopology.STORY_CONFLICTS_STORE);
    }

    @Override
    public void process(Record<String, ConflictArticle> record) {
        String story = record.key();
        String conflict = storyConflicts.get(story);
        if (conflict == null) {
            conflict = assigner.conflictOf(record.value().article().tags().parties(), record.value().places());
            if (conflict != null) {
                storyConflicts.put(story, conflict);
            }
        }
        ConflictArticle assigned = record.value().in(conflict);
        context.forward(record.withKey(assigned.stateKey()).withValue(assigned));
    }
}
