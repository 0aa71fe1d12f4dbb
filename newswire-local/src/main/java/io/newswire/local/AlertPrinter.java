package io.newswire.local;

import io.newswire.core.event.Alert;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Prints one line per alert version, what a newsroom dashboard would show first: ALERT and what changed for a new
 * development, UPDATE when another article of the story only adds its source.
 */
final class AlertPrinter implements Consumer<Alert> {

    private final PrintStream out;

    AlertPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void accept(Alert alert) {
        String what = alert.version() == 1 ? String.join("; ", alert.changes()) : alert.headline();
        String beside = alert.version() == 1 && !alert.otherSources().isEmpty()
                ? " [other sources: " + String.join("; ", alert.otherSources()) + "]" : "";
        out.printf("%-6s %-10s %-12s story=%s  %s%s  (%d source%s)%n", alert.version() == 1 ? "ALERT" : "UPDATE",
                alert.kind().wireName(), alert.conflict() == null ? "-" : alert.conflict(), alert.storyId(), what,
                beside, alert.sources().size(), alert.sources().size() == 1 ? "" : "s");
    }
}
