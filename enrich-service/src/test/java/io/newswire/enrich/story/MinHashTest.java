package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private final MinHash minHash = new MinHash(3, 32, 2, 20240815L);

    @Test
    void shouldGiveTheSignaturesStoredByEarlierVersions() {
        // signatures live in the story-members store for the whole retention window: a new version must compute
        // the same ones, or articles would stop joining the stories they belong to after an upgrade
        long[] signature = minHash.signature("Ceasefire talks resumed in Doha on Tuesday, mediators said.");

        assertThat(signature).hasSize(64);
        assertThat(new long[] {signature[0], signature[1], signature[63]})
                .containsExactly(738167456683838617L, 437271792504003302L, 941825792291946730L);
    }

    @Test
    void shouldIgnoreCaseAndPunctuationBetweenWords() {
        assertThat(minHash.signature("Talks RESUME in Doha!")).isEqualTo(minHash.signature("talks resume, in doha"));
    }

    @Test
    void shouldGiveNoSignatureToATextShorterThanAShingle() {
        assertThat(minHash.signature("two words")).isEmpty();
        assertThat(minHash.signature(null)).isEmpty();
    }
}
