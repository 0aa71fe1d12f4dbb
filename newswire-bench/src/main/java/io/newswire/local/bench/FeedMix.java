package io.newswire.local.bench;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which share of the feeds behaves which way. A feed's kind follows from its number alone, spread evenly over the
 * numbers, so feeds of every kind sit on every part of the host range and a run can be repeated exactly.
 */
public record FeedMix(Map<FeedKind, Double> shares) {

    public FeedMix {
        shares = Map.copyOf(new EnumMap<>(shares));
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (shares.values().stream().anyMatch(s -> s < 0) || Math.abs(total - 1.0) > 1e-9) {
            throw new IllegalArgumentException("shares must be non-negative and add up to 1: " + shares);
        }
    }

    /** Mostly healthy feeds, with the failures a large feed list shows on any day. */
    public static FeedMix typical() {
        return new FeedMix(Map.of(FeedKind.HEALTHY, 0.85, FeedKind.RATE_LIMITED, 0.05, FeedKind.SLOW, 0.02,
                FeedKind.SERVER_ERROR, 0.03, FeedKind.MALFORMED, 0.03, FeedKind.DROPPED, 0.02));
    }

    /**
     * The kind of feed {@code number}: the feeds are dealt out in rounds of 100 slots, each kind taking its share of
     * the slots (the healthy feeds the rest), and the slot of a feed is its number scrambled so that the kinds
     * interleave.
     */
    public FeedKind kindOf(int number) {
        int slot = Math.floorMod(number * 37 + 11, 100);
        double bound = 0;
        for (FeedKind kind : FeedKind.values()) {
            if (kind == FeedKind.HEALTHY) {
                continue;
            }
            bound += shares.getOrDefault(kind, 0.0) * 100;
            if (slot < Math.round(bound)) {
                return kind;
            }
        }
        return FeedKind.HEALTHY;
    }
}
