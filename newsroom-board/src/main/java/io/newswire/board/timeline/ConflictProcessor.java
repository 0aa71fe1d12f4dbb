package io.newswire.board.timeline;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Files each fact under its conflict ({@link ConflictFacts}); the end of the topology, read by interactive queries. */
final class ConflictProcessor implements Processor<String, ConflictFact, Void, Void> {

    private KeyValueStore<String, ConflictFact> facts;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.facts = context.getStateStore(BoardTopology.CONFLICT_FACTS_STORE);
    }

    @Override
    public void process(Record<String, ConflictFact> record) {
        String key = ConflictFacts.key(record.key(), record.value());
        if (ConflictFacts.replaces(record.value(), facts.get(key))) {
            facts.put(key, record.value());
        }
    }
}
