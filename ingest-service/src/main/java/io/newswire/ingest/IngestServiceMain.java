package io.newswire.ingest;

import io.newswire.core.config.VerboseOption;
import io.newswire.core.service.CommandLines;
import io.newswire.core.service.ServiceMain;
import io.newswire.ingest.feed.ParseFeedCommand;
import io.newswire.ingest.registry.FeedsCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** ingest-service: with no subcommand it runs the service; {@code feeds} edits the registry, {@code parse-feed} is offline. */
@Command(name = "ingest-service", mixinStandardHelpOptions = true, version = "newswire ingest-service 0.1.0",
        description = "Kafka Streams app: polls the feeds of news.feeds, fetches new articles, writes news.raw.",
        subcommands = {FeedsCommand.class, ParseFeedCommand.class})
public final class IngestServiceMain implements Callable<Integer> {

    @Mixin
    IngestOptions options = new IngestOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(IngestService.NAME, () -> IngestService.start(options));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code: 0, or 1 after a one-line error on stderr (2 for bad usage). */
    public static int run(String... args) {
        return CommandLines.execute(IngestService.NAME, IngestServiceMain::new, args);
    }
}
