package io.newswire.ingest.registry;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.ingest.fetch.AllowHostsOption;
import io.newswire.ingest.fetch.FeedUrlCheck;
import java.io.PrintWriter;
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

    @Mixin
    AllowHostsOption allowHosts = new AllowHostsOption();

    @Spec
    CommandSpec spec;

    /**
     * Reads and checks the whole file before any connection. A refused feed is reported in one line naming the file
     * and line, the others are registered, and the exit code is 1.
     */
    @Override
    public Integer call() {
        FeedAdmission admission = FeedAdmission.of(file, FeedsFile.readOpml(file, interval), new FeedUrlCheck(allowHosts.allowList()));
        PrintWriter err = spec.commandLine().getErr();
        admission.errors().forEach(error -> err.println("feeds import-opml: " + error));
        List<FeedConfig> feeds = admission.admitted().stream().map(ListedFeed::feed).toList();
        int added;
        try (FeedRegistry registry = FeedRegistry.connect(kafka)) {
            added = registry.addMissing(feeds);
        }
        err.println("feeds import-opml: " + feeds.size() + " feeds in " + file + ", " + added + " added, "
                + (feeds.size() - added) + " already registered"
                + (admission.errors().isEmpty() ? "" : ", " + admission.errors().size() + " refused"));
        return admission.errors().isEmpty() ? 0 : 1;
    }
}
