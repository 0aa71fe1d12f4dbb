package io.newswire.ingest.registry;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds import-opml FILE}: registers the feeds of a subscription list that are not registered yet. */
@Command(name = "import-opml", mixinStandardHelpOptions = true,
        description = "Register the feeds of an OPML file that are not registered yet.")
final class ImportOpmlCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "OPML file (outlines with xmlUrl).")
    Path file;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Poll interval of the imported feeds (default: ${DEFAULT-VALUE}).")
    int interval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<FeedConfig> feeds = OpmlReader.read(Files.readAllBytes(file), interval);
        int added;
        try (FeedRegistry registry = FeedRegistry.connect(kafka)) {
            added = registry.addMissing(feeds);
        }
        spec.commandLine().getErr().println("feeds import-opml: " + feeds.size() + " feeds in " + file + ", "
                + added + " added, " + (feeds.size() - added) + " already registered");
        return 0;
    }
}
