package io.newswire.enrich.story;

import io.newswire.core.json.JsonSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** The two changelogged state stores of story grouping, and the {@link StoryMemory} they make together. */
public final class StoryStores implements StoryMemory {

    public static final String MEMBERS = "story-members";
    public static final String BANDS = "story-bands";
    /** A band keeps only its newest items: older ones are past the retention window anyway on busy bands. */
    private static final int MAX_ITEMS_PER_BAND = 64;

    /** The items of one LSH band, newest last. */
    public record BandItems(List<String> itemIds) {
    }

    private final KeyValueStore<String, StoryMember> members;
    private final KeyValueStore<String, BandItems> bands;

    public StoryStores(KeyValueStore<String, StoryMember> members, KeyValueStore<String, BandItems> bands) {
        this.members = members;
        this.bands = bands;
    }

    public static StoreBuilder<KeyValueStore<String, StoryMember>> membersStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS), Serdes.String(),
                new JsonSerde<>(StoryMember.class));
    }

    public static StoreBuilder<KeyValueStore<String, BandItems>> bandsStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS), Serdes.String(),
                new JsonSerde<>(BandItems.class));
    }

    @Override
    public Optional<StoryMember> member(String itemId) {
        return Optional.ofNullable(members.get(itemId));
    }

    @Override
    public List<String> itemsInBand(String bandKey) {
        BandItems items = bands.get(bandKey);
        return items == null ? List.of() : items.itemIds();
    }

    @Override
    public void remember(StoryMember member, List<String> bandKeys) {
        members.put(member.itemId(), member);
        for (String band : bandKeys) {
            List<String> items = new ArrayList<>(itemsInBand(band));
            items.add(member.itemId());
            if (items.size() > MAX_ITEMS_PER_BAND) {
                items = items.subList(items.size() - MAX_ITEMS_PER_BAND, items.size());
            }
            bands.put(band, new BandItems(items));
        }
    }

    /** Deletes the members seen before the cutoff; their ids left in bands are skipped on lookup. */
    public int forgetOlderThan(long cutoffMillis) {
        List<String> expired = new ArrayList<>();
        try (var all = members.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.seenAtMillis() < cutoffMillis) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(members::delete);
        return expired.size();
    }
}
