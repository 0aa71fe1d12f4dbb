package io.newswire.alert.develop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Reads one of the develop package's YAML data files: the given file, or the bundled one when it is null. */
final class YamlResource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlResource() {
    }

    static <T> T read(Path file, String bundled, Class<T> type) {
        if (file == null) {
            try (InputStream in = YamlResource.class.getResourceAsStream(bundled)) {
                return YAML.readValue(Objects.requireNonNull(in, "bundled " + bundled + " is missing"), type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + bundled, e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
