package io.newswire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryStoresTest {

    private KeyValueStore<String, StoryMember> members;
    private StoryStores stores;

    @BeforeEach
    void openStores() {
        var context = new MockProcessorContext<>();
        members = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(StoryStores.MEMBERS), Serdes.String(),
                StoryStores.memberSerde()).withLoggingDisabled().build();
        KeyValueStore<String, StoryStores.BandItems> bands = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(StoryStores.BANDS), Serdes.String(), StoryStores.bandSerde())
                .withLoggingDisabled().build();
        members.init(context.getStateStoreContext(), members);
        bands.init(context.getStateStoreContext(), bands);
        stores = new StoryStores(members, bands);
    }

    @Test
    void shouldWriteRememberedMembersThroughToTheStore() {
        stores.remember(member("a", 1_000), List.of("band-1", "band-2"));

        assertThat(members.get("a").storyId()).isEqualTo("story-a");
        assertThat(stores.itemsInBand("band-2")).containsExactly("a");
    }

    @Test
    void shouldForgetExpiredMembersItHasAlreadyRead() {
        stores.remember(member("old", 1_000), List.of("band-1"));
        stores.remember(member("new", 9_000), List.of("band-1"));
        assertThat(stores.member("old")).isPresent();

        assertThat(stores.forgetOlderThan(5_000)).isEqualTo(1);

        assertThat(stores.member("old")).isEmpty();
        assertThat(members.get("old")).isNull();
        assertThat(stores.member("new")).isPresent();
    }

    @Test
    void shouldReadMembersWrittenBeforeItWasOpened() {
        members.put("earlier", member("earlier", 1_000));

        assertThat(new StoryStores(members, null).member("earlier")).get()
                .extracting(StoryMember::storyId).isEqualTo("story-earlier");
    }

    @Test
    void shouldKeepOnlyTheNewestItemsOfABusyBand() {
        for (int i = 0; i < 70; i++) {
            stores.remember(member("item-" + i, i), List.of("busy"));
        }

        assertThat(stores.itemsInBand("busy")).hasSize(64).startsWith("item-6").endsWith("item-69");
    }

    private static StoryMember member(String itemId, long seenAt) {
        return new StoryMember(itemId, "story-" + itemId, null, new long[] {1, 2, 3}, seenAt);
    }
}
