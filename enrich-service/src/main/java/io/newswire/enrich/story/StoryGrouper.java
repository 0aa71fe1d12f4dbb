package io.newswire.enrich.story;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Gives copies and rewrites of one story a shared story id: an article joins the story of its most similar recent
 * article when their estimated shingle overlap reaches {@code storyThreshold}, and is a copy of it from
 * {@code copyThreshold} on. Articles older than the retention window are not matched.
 */
public final class StoryGrouper {

    private final MinHash minHash;
    private final double storyThreshold;
    private final double copyThreshold;
    private final Duration retention;

    public StoryGrouper(MinHash minHash, double storyThreshold, double copyThreshold, Duration retention) {
        this.minHash = minHash;
        this.storyThreshold = storyThreshold;
        this.copyThreshold = copyThreshold;
        this.retention = retention;
    }

    public static StoryGrouper defaults() {
        return new StoryGrouper(new MinHash(3, 32, 2, 20240815L), 0.3, 0.75, Duration.ofDays(3));
    }

    public Duration retention() {
        return retention;
    }

    public StoryAssignment assign(String itemId, String text, long nowMillis, StoryMemory memory) {
        long[] signature = minHash.signature(text);
        var bandKeys = minHash.bandKeys(signature);
        StoryMember best = null;
        double bestSimilarity = 0;
        Set<String> candidates = new LinkedHashSet<>();
        for (String band : bandKeys) {
            candidates.addAll(memory.itemsInBand(band));
        }
        for (String candidateId : candidates) {
            Optional<StoryMember> candidate = memory.member(candidateId);
            if (candidate.isEmpty() || nowMillis - candidate.get().seenAtMillis() > retention.toMillis()) {
                continue;
            }
            double similarity = MinHash.similarity(signature, candidate.get().signature());
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = candidate.get();
            }
        }
        StoryAssignment assignment = best != null && bestSimilarity >= storyThreshold
                ? new StoryAssignment(best.storyId(), bestSimilarity >= copyThreshold ? best.itemId() : null)
                : new StoryAssignment(itemId, null);
        memory.remember(new StoryMember(itemId, assignment.storyId(), assignment.duplicateOf(), signature,
                nowMillis), bandKeys);
        return assignment;
    }
}
