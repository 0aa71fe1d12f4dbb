package io.newswire.ingest.registry;

import io.newswire.core.config.KafkaOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds remove URL}: writes the feed's tombstone; ingest stops polling it and forgets its state. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a feed from the registry; ingest stops polling it.")
final class RemoveFeedCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Parameters(index = "0", paramLabel = "URL", description = "The feed's URL, as registered.")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (FeedRegistry registry = FeedRegistry.connect(kafka)) {
            boolean known = registry.feeds().containsKey(url);
            registry.remove(url);
            spec.commandLine().getErr().println("feeds remove: " + (known ? "removed " : "was not registered: ")
                    + url);
        }
        return 0;
    }
}
