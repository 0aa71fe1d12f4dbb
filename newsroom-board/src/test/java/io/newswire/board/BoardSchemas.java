package io.newswire.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.newswire.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a board response against its JSON Schema, as served from the jar's {@code schemas/board/}; the schemas'
 * references to the topic contract ({@code ../Alert.schema.json}) resolve to newswire-core's schemas.
 */
public final class BoardSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://newswire.io/schemas/",
                    "classpath:schemas/")));

    private BoardSchemas() {
    }

    /** The violations of {@code schemas/board/<name>.schema.json}, empty when the body conforms. */
    public static Set<String> violations(String name, byte[] body) {
        JsonSchema schema = FACTORY.getSchema(
                SchemaLocation.of("https://newswire.io/schemas/board/" + name + ".schema.json"));
        try {
            JsonNode node = Json.mapper().readTree(body);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
