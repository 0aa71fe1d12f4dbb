package io.newswire.enrich.tag;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a gazetteer actor is; {@link #wireName()} is how gazetteer.yaml and the tagged {@code Party} spell it. */
enum ActorKind {
    STATE, ARMED_GROUP, AGENCY, ORGANISATION, PERSON;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static ActorKind of(String wireName) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind " + wireName));
    }
}
