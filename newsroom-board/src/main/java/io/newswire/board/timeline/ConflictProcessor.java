package io.newswire.board.timeline;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Adds each fact to its conflict's board; the end of the topology, read by interactive queries. */
final class ConflictProcessor implements Processor<String, ConflictFact, Void, Void> {

    private KeyValueStore<String, ConflictBoard> conflicts;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.conflicts = context.getStateStore(BoardTopology.CONFLICT_BOARDS_STORE);
    }

    @Override
    public void process(Record<String, ConflictFact> record) {
        ConflictBoard held = conflicts.get(record.key());
        ConflictBoard board = held == null ? ConflictBoard.empty(record.key()) : held;
        ConflictBoard next = board.with(record.value());
        if (next != board) {
            conflicts.put(record.key(), next);
        }
    }
}
