package io.newswire.board.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page and its script and style, served from the classpath folder {@code /board}; nothing from elsewhere. */
final class StaticResources {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/schema+json");

    private StaticResources() {
    }

    /** The named file, or a 404 for any name that is not one of the bundled files. */
    static Reply file(String folder, String name) {
        if (!name.matches("[a-z0-9-]+(\\.[a-z0-9]+)+")) {
            throw HttpError.notFound("no file '" + name + "'");
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        try (InputStream in = StaticResources.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null || type == null) {
                throw HttpError.notFound("no file '" + name + "'");
            }
            return new Reply(200, type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
