package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.json.JsonSerde;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoryStoreSerdesTest {

    private static final String TOPIC = "enrich-story-members-changelog";
    private final StoryMember member = new StoryMember("item-ü1", "story-7", null, new long[] {Long.MIN_VALUE, 0,
            42, Long.MAX_VALUE}, 1_764_000_000_000L);

    @Test
    void shouldRoundTripAMemberThroughTheBinaryLayout() {
        var serde = StoryStores.memberSerde();
        byte[] bytes = serde.serializer().serialize(TOPIC, member);
        StoryMember read = serde.deserializer().deserialize(TOPIC, bytes);

        assertThat(read).usingRecursiveComparison().isEqualTo(member);
        assertThat(bytes.length).isLessThan(new JsonSerde<>(StoryMember.class).serializer()
                .serialize(TOPIC, member).length);
    }

    @Test
    void shouldKeepTheCopiedArticleOfAMember() {
        var copy = new StoryMember("item-2", "story-7", "item-ü1", new long[64], 5L);
        var serde = StoryStores.memberSerde();

        assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, copy)).duplicateOf())
                .isEqualTo("item-ü1");
    }

    @Test
    void shouldReadMembersWrittenAsJsonByEarlierVersions() {
        byte[] json = new JsonSerde<>(StoryMember.class).serializer().serialize(TOPIC, member);

        assertThat(StoryStores.memberSerde().deserializer().deserialize(TOPIC, json))
                .usingRecursiveComparison().isEqualTo(member);
    }

    @Test
    void shouldRoundTripBandItemsInOrder() {
        var band = new StoryStores.BandItems(List.of("c", "a", "b"));
        var serde = StoryStores.bandSerde();

        assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, band)))
                .isEqualTo(band);
        assertThat(serde.deserializer().deserialize(TOPIC,
                new JsonSerde<>(StoryStores.BandItems.class).serializer().serialize(TOPIC, band))).isEqualTo(band);
    }

    @Test
    void shouldMapTombstonesToNullAndRejectUnknownBytes() {
        var serde = StoryStores.memberSerde();

        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format 9");
        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {1, 0}))
                .isInstanceOf(SerializationException.class);
    }
}
