package io.newswire.core.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newswire.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks message bytes of a contract topic against the topic's JSON Schema; tests of every module use it. */
public final class SchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private SchemaValidator() {
    }

    /** The violations of the value's schema, empty when the value conforms. */
    public static Set<String> violations(Topic<?, ?> topic, byte[] value) {
        try (InputStream schemaText = Topic.class.getResourceAsStream(topic.schemaResource())) {
            if (schemaText == null) {
                return Set.of("no schema at " + topic.schemaResource());
            }
            JsonSchema schema = FACTORY.getSchema(schemaText);
            JsonNode node = Json.mapper().readTree(value);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
