package io.newswire.board;

import io.newswire.core.config.VerboseOption;
import io.newswire.core.service.CommandLines;
import io.newswire.core.service.ServiceMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** newsroom-board: the live page of alerts and the conflict and story timelines, kept as Kafka Streams state. */
@Command(name = "newsroom-board", mixinStandardHelpOptions = true, version = "newswire newsroom-board 0.1.0",
        description = "Kafka Streams app over alerts.all and news.articles: a page with the live alert stream and "
                + "the timelines of conflicts and stories, and its JSON API; any instance answers for any story.")
public final class BoardMain implements Callable<Integer> {

    @Mixin
    BoardOptions options = new BoardOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Override
    public Integer call() throws Exception {
        return ServiceMain.runUntilStopped(BoardService.NAME, () -> BoardService.start(options));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code: 0, or 1 after a one-line error on stderr (2 for bad usage). */
    public static int run(String... args) {
        return CommandLines.execute(BoardService.NAME, BoardMain::new, args);
    }
}
