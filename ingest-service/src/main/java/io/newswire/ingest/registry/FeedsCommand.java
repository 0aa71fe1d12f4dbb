package io.newswire.ingest.registry;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code feeds add|remove|list|import-opml}: edits and shows the feed registry, topic news.feeds. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Edit and show the feed registry (topic news.feeds).",
        subcommands = {AddFeedCommand.class, RemoveFeedCommand.class, ListFeedsCommand.class,
                ImportOpmlCommand.class})
public final class FeedsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
