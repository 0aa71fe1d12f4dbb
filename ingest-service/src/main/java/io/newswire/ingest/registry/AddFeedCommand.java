package io.newswire.ingest.registry;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.ingest.fetch.AllowHostsOption;
import io.newswire.ingest.fetch.FeedUrlCheck;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds add URL}: registers a feed, or replaces its settings. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Register a feed, or replace its settings.")
final class AddFeedCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Parameters(index = "0", paramLabel = "URL", description = "The feed's URL (RSS or Atom).")
    String url;

    @Option(names = "--title", description = "Name of the outlet, shown in alerts.")
    String title;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Poll interval (default: ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--language", paramLabel = "CODE", description = "Language of the feed, e.g. en.")
    String language;

    @Option(names = "--disabled", description = "Register the feed without polling it.")
    boolean disabled;

    @Mixin
    AllowHostsOption allowHosts = new AllowHostsOption();

    @Spec
    CommandSpec spec;

    /** The URL is checked before any connection: a refused one is reported in one line and nothing is written. */
    @Override
    public Integer call() {
        Optional<String> problem = new FeedUrlCheck(allowHosts.allowList()).problem(url);
        if (problem.isPresent()) {
            spec.commandLine().getErr().println("feeds add: " + FeedAdmission.abbreviated(url) + ": "
                    + problem.get());
            return 1;
        }
        FeedConfig feed = new FeedConfig(url, title, interval, language, !disabled);
        try (FeedRegistry registry = FeedRegistry.connect(kafka)) {
            registry.put(feed);
        }
        spec.commandLine().getErr().println("feeds add: registered " + url
                + (disabled ? " (disabled)" : ", polled every " + feed.pollIntervalSeconds() + " s"));
        return 0;
    }
}
