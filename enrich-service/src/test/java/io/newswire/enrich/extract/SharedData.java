package io.newswire.enrich.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the read-only shared material ({@code ../shared} from the repo root) from a module's test directory. */
final class SharedData {

    private SharedData() {
    }

    static Optional<Path> find(String relative) {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base).resolve(relative);
            if (Files.exists(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
