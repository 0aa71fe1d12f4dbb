package io.newswire.core.topic;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the public contract with the serdes of its key and value. A JSON value type has its JSON Schema at
 * {@link #schemaResource()} on the classpath.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Class<V> valueType, boolean compacted) {

    public String schemaResource() {
        return "/schemas/" + valueType.getSimpleName() + ".schema.json";
    }
}
