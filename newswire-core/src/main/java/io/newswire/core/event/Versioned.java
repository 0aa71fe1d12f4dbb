package io.newswire.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A topic value. Every value on the wire carries {@code schemaVersion} so that a consumer can tell which contract
 * it reads; readers ignore fields they do not know, so additive changes keep the version (docs/topics.md).
 */
public interface Versioned {

    int V1 = 1;

    @JsonProperty(value = "schemaVersion", access = JsonProperty.Access.READ_ONLY)
    default int schemaVersion() {
        return V1;
    }
}
