package io.newswire.local.bench;

import io.newswire.local.bench.FeedMixServer.Answer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the feed server saw during one measured window of one poller, with the poller's own view beside it.
 *
 * @param sliceRates feed requests per second in each slice of the window, to show that the rate held
 * @param pollerNotes what the poller itself reports (its metrics, its failures), line by line
 */
public record PollingPhase(String poller, double seconds, Map<Answer, Long> answers, List<Double> sliceRates,
                           PollingHeapWatch.Heap heap, List<String> pollerNotes) {

    public static Map<Answer, Long> difference(Map<Answer, Long> end, Map<Answer, Long> start) {
        Map<Answer, Long> diff = new EnumMap<>(Answer.class);
        end.forEach((answer, count) -> diff.put(answer, count - start.getOrDefault(answer, 0L)));
        return diff;
    }

    public long feedRequests() {
        return answers.entrySet().stream()
                .filter(e -> e.getKey().isFeed())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public double feedRequestsPerSecond() {
        return feedRequests() / seconds;
    }

    public double perSecond(Answer answer) {
        return answers.getOrDefault(answer, 0L) / seconds;
    }

    public double slowestSlice() {
        return sliceRates.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** Of the answers a healthy feed gave, the share that were 304. */
    public double notModifiedShare() {
        long fresh = answers.getOrDefault(Answer.FEED_200, 0L) + answers.getOrDefault(Answer.FEED_304, 0L);
        return fresh == 0 ? 0 : (double) answers.getOrDefault(Answer.FEED_304, 0L) / fresh;
    }
}
