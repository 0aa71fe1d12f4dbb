package io.newswire.enrich.story;

import java.util.List;
import java.util.Optional;

/** Where story grouping keeps its members and band index: a Kafka Streams state store, or a map in tests. */
public interface StoryMemory {

    Optional<StoryMember> member(String itemId);

    List<String> itemsInBand(String bandKey);

    void remember(StoryMember member, List<String> bandKeys);
}
