package io.newswire.enrich.story;

import io.newswire.core.event.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives copies and rewrites of one story a shared story id. An article joins the story of its most similar recent
 * article when their estimated shingle overlap reaches {@code storyThreshold}, and is a copy of it from
 * {@code copyThreshold} on. A paraphrase shares few shingles, so an article that matches no text joins the story of
 * a recent article stating the same news ({@link StoryFacts#sameNews}) within {@code factWindow}: the same
 * distinctive figures, or the same talks venue and status between the same parties. Articles older than the
 * retention window are not matched.
 */
public final class StoryGrouper {

    /** A figure from which one shared number (with one more fact) identifies a report. */
    static final long DISTINCTIVE_FIGURE = 100;

    private final MinHash minHash;
    private final double storyThreshold;
    private final double copyThreshold;
    private final Duration retention;
    private final Duration factWindow;

    public StoryGrouper(MinHash minHash, double storyThreshold, double copyThreshold, Duration retention,
                        Duration factWindow) {
        this.minHash = minHash;
        this.storyThreshold = storyThreshold;
        this.copyThreshold = copyThreshold;
        this.retention = retention;
        this.factWindow = factWindow;
    }

    public static StoryGrouper defaults() {
        return new StoryGrouper(new MinHash(3, 32, 2, 20240815L), 0.3, 0.75, Duration.ofDays(3), Duration.ofHours(24));
    }

    public Duration retention() {
        return retention;
    }

    public StoryAssignment assign(String itemId, String text, Tags tags, long nowMillis, StoryMemory memory) {
        long[] signature = minHash.signature(text);
        List<String> bandKeys = minHash.bandKeys(signature);
        StoryFacts facts = StoryFacts.of(tags);
        StoryAssignment assignment = byText(signature, bandKeys, nowMillis, memory)
                .or(() -> byFacts(facts, nowMillis, memory))
                .orElse(new StoryAssignment(itemId, null));
        List<String> keys = new ArrayList<>(bandKeys);
        keys.addAll(facts.keys());
        memory.remember(new StoryMember(itemId, assignment.storyId(), assignment.duplicateOf(), signature,
                nowMillis), keys);
        return assignment;
    }

    private Optional<StoryAssignment> byText(long[] signature, List<String> bandKeys, long nowMillis,
                                             StoryMemory memory) {
        StoryMember best = null;
        double bestSimilarity = 0;
        Set<String> candidates = new LinkedHashSet<>();
        for (String band : bandKeys) {
            candidates.addAll(memory.itemsInBand(band));
        }
        for (String candidateId : candidates) {
            Optional<StoryMember> candidate = recent(candidateId, nowMillis, retention, memory);
            if (candidate.isEmpty()) {
                continue;
            }
            double similarity = MinHash.similarity(signature, candidate.get().signature());
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = candidate.get();
            }
        }
        return best != null && bestSimilarity >= storyThreshold
                ? Optional.of(new StoryAssignment(best.storyId(), bestSimilarity >= copyThreshold ? best.itemId() : null))
                : Optional.empty();
    }

    /** The story of the recent article that states the same news with the most shared facts (the newest on a tie). */
    private Optional<StoryAssignment> byFacts(StoryFacts facts, long nowMillis, StoryMemory memory) {
        Map<String, Set<String>> sharedByItem = new HashMap<>();
        for (String key : facts.keys()) {
            for (String candidateId : memory.itemsInBand(key)) {
                sharedByItem.computeIfAbsent(candidateId, id -> new HashSet<>()).add(key);
            }
        }
        StoryMember best = null;
        int bestShared = 0;
        for (var entry : sharedByItem.entrySet()) {
            if (!facts.sameNews(entry.getValue(), DISTINCTIVE_FIGURE)) {
                continue;
            }
            Optional<StoryMember> candidate = recent(entry.getKey(), nowMillis, factWindow, memory);
            if (candidate.isPresent() && (entry.getValue().size() > bestShared || entry.getValue().size() == bestShared
                    && candidate.get().seenAtMillis() > best.seenAtMillis())) {
                best = candidate.get();
                bestShared = entry.getValue().size();
            }
        }
        return Optional.ofNullable(best).map(member -> new StoryAssignment(member.storyId(), null));
    }

    private static Optional<StoryMember> recent(String itemId, long nowMillis, Duration window, StoryMemory memory) {
        return memory.member(itemId).filter(member -> nowMillis - member.seenAtMillis() <= window.toMillis());
    }
}
