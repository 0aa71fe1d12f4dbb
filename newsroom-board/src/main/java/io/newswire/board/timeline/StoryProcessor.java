package io.newswire.board.timeline;

import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each story's board and hands the conflict, keyed by conflict id, every fact it has not had yet: an article
 * read before any alert named the story's conflict waits in the story until one does.
 */
final class StoryProcessor implements Processor<String, StoryEvent, String, ConflictFact> {

    private ProcessorContext<String, ConflictFact> context;
    private KeyValueStore<String, StoryBoard> stories;

    @Override
    public void init(ProcessorContext<String, ConflictFact> context) {
        this.context = context;
        this.stories = context.getStateStore(BoardTopology.STORY_BOARDS_STORE);
    }

    @Override
    public void process(Record<String, StoryEvent> record) {
        StoryEvent event = record.value();
        StoryBoard held = stories.get(record.key());
        StoryBoard board = held == null ? StoryBoard.empty(record.key()) : held;
        StoryBoard next = event.article() != null ? board.with(StoryArticle.of(event.article()))
                : board.with(event.alert());
        List<ConflictFact> facts = next.pendingFacts();
        next = next.forwarding(facts);
        if (next.equals(held)) {
            return;
        }
        stories.put(record.key(), next);
        for (ConflictFact fact : facts) {
            context.forward(record.withKey(next.conflict()).withValue(fact));
        }
    }
}
