package io.newswire.local.bench;

import io.newswire.local.bench.FeedMixServer.Answer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The benchmark's result as a markdown table, one column per poller. */
public final class PollingReport {

    private static final double MIB = 1024.0 * 1024.0;

    private PollingReport() {
    }

    public static String markdown(List<PollingPhase> phases) {
        StringBuilder out = new StringBuilder("| |");
        phases.forEach(p -> out.append(' ').append(p.poller()).append(" |"));
        out.append("\n|---|").append("---|".repeat(phases.size())).append('\n');
        row(out, phases, "window", p -> format("%.0f s", p.seconds()));
        row(out, phases, "**feed polls/s** (server count)", p -> format("**%.0f**", p.feedRequestsPerSecond()));
        row(out, phases, "slowest 5-s slice, feed polls/s", p -> format("%.0f", p.slowestSlice()));
        row(out, phases, "200 / 304 per s (healthy and slow feeds)",
                p -> format("%.0f / %.0f", p.perSecond(Answer.FEED_200), p.perSecond(Answer.FEED_304)));
        row(out, phases, "304 share of healthy answers", p -> format("%.0f%%", 100 * p.notModifiedShare()));
        row(out, phases, "429 / 500 / HTML-not-feed / dropped per s", p -> format("%.1f / %.1f / %.1f / %.1f",
                p.perSecond(Answer.RATE_LIMITED_429), p.perSecond(Answer.SERVER_ERROR_500),
                p.perSecond(Answer.MALFORMED_200), p.perSecond(Answer.DROPPED)));
        row(out, phases, "article pages fetched per s", p -> format("%.1f", p.perSecond(Answer.ARTICLE_200)));
        row(out, phases, "**peak heap used** (sampled every 100 ms)",
                p -> format("**%.0f MiB**", p.heap().peakSampled() / MIB));
        row(out, phases, "sum of heap pool peaks / largest heap after a GC",
                p -> format("%.0f / %.0f MiB", p.heap().peakPoolsSum() / MIB, p.heap().peakAfterGc() / MIB));
        int notes = phases.stream().mapToInt(p -> p.pollerNotes().size()).max().orElse(0);
        for (int i = 0; i < notes; i++) {
            int line = i;
            row(out, phases, i == 0 ? "poller's own count" : "",
                    p -> line < p.pollerNotes().size() ? p.pollerNotes().get(line) : "");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<PollingPhase> phases, String label,
                            Function<PollingPhase, String> cell) {
        out.append("| ").append(label).append(" |");
        phases.forEach(p -> out.append(' ').append(cell.apply(p)).append(" |"));
        out.append('\n');
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
