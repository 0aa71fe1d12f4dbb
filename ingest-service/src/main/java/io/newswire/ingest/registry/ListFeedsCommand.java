package io.newswire.ingest.registry;

import io.newswire.core.config.KafkaOptions;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds list}: the registry as tab-separated lines, with how each feed's last poll went. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the registered feeds (tab-separated) with their last poll outcome and next poll time.")
final class ListFeedsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, FeedConfig> feeds;
        Map<String, FeedState> states;
        try (FeedRegistry registry = FeedRegistry.connect(kafka)) {
            feeds = registry.feeds();
            states = registry.states();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("url\ttitle\tinterval_s\tenabled\tlast_outcome\tfailures\tnext_poll");
        for (FeedConfig feed : feeds.values()) {
            FeedState state = states.get(feed.url());
            out.println(String.join("\t", feed.url(), Objects.toString(feed.title(), ""),
                    Integer.toString(feed.pollIntervalSeconds()), Boolean.toString(feed.enabled()),
                    state == null ? "" : Objects.toString(state.lastOutcome(), ""),
                    state == null ? "" : Integer.toString(state.consecutiveFailures()),
                    state == null ? "" : Objects.toString(state.nextPollAt(), "")));
        }
        out.flush();
        spec.commandLine().getErr().println("feeds list: " + feeds.size() + " feeds");
        return 0;
    }
}
