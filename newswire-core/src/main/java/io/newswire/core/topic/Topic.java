package io.newswire.core.topic;

import org.apache.kafka.common.serialization.Serde;

/** A topic of the public contract with the serdes of its key and value. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
}
