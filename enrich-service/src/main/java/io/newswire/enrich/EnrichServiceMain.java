package io.newswire.enrich;

import io.newswire.core.config.VerboseOption;
import io.newswire.core.service.CommandLines;
import io.newswire.core.service.ServiceMain;
import io.newswire.enrich.extract.ExtractCommand;
import io.newswire.enrich.tag.TagCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** enrich-service: with no subcommand it runs the service; {@code extract} and {@code tag} are offline tools. */
@Command(name = "enrich-service", mixinStandardHelpOptions = true, version = "newswire enrich-service 0.1.0",
        description = "Kafka Streams app: news.raw -> clean text, tags, story ids -> news.articles.",
        subcommands = {ExtractCommand.class, TagCommand.class})
public final class EnrichServiceMain implements Callable<Integer> {

    @Mixin
    EnrichOptions options = new EnrichOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(EnrichService.NAME, () -> EnrichService.start(options));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code: 0, or 1 after a one-line error on stderr (2 for bad usage). */
    public static int run(String... args) {
        return CommandLines.execute(EnrichService.NAME, EnrichServiceMain::new, args);
    }
}
