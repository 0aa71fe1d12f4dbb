package io.newswire.enrich.tag;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the read-only ../shared folder beside the repository, from the repository or a module directory. */
final class SharedData {

    private SharedData() {
    }

    static Optional<Path> find(String relative) {
        return Stream.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))
                .map(p -> p.resolve(relative))
                .filter(Files::exists)
                .findFirst();
    }
}
