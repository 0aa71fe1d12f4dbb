package io.newswire.local;

import io.newswire.core.event.Alert;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Prints one line per alert (UPDATE when a copy of the story adds a source): what a newsroom dashboard would show
 * first.
 */
final class AlertPrinter implements Consumer<Alert> {

    private final PrintStream out;

    AlertPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(Alert alert) {
        out.printf("%-6s %-10s story=%s  %s  (%d source%s)%n", alert.version() == 1 ? "ALERT" : "UPDATE",
                alert.kind().wireName(), alert.storyId(), alert.headline(), alert.sources().size(),
                alert.sources().size() == 1 ? "" : "s");
    }
}
