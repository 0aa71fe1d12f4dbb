package io.newswire.enrich;

import io.newswire.core.service.ServiceMain;
import io.newswire.enrich.extract.ExtractCommand;
import io.newswire.enrich.tag.TagCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** enrich-service: with no subcommand it runs the service; {@code extract} and {@code tag} are offline tools. */
@Command(name = "enrich-service", mixinStandardHelpOptions = true, version = "newswire enrich-service 0.1.0",
        description = "Kafka Streams app: news.raw -> clean text, tags, story ids -> news.articles.",
        subcommands = {ExtractCommand.class, TagCommand.class})
public final class EnrichServiceMain implements Callable<Integer> {

    @Mixin
    EnrichOptions options = new EnrichOptions();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(EnrichService.NAME, () -> EnrichService.start(options));
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EnrichServiceMain()).execute(args));
    }
}
