package io.newswire.enrich.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
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
    /**
     * Grouping reads the same recent members for article after article; decoding them from the store each time
     * was most of enrich's work. The members most recently written or read are kept, in the order they came in
     * (bands list their newest items, so recent members are the ones read). The store stays the changelogged truth: every write goes through here, and a task restored
     * after a failure starts with a new, empty cache.
     */
    private static final int CACHED_MEMBERS = 16_384;

    /** The items of one LSH band, newest last. */
    public record BandItems(List<String> itemIds) {
    }

    private final KeyValueStore<String, StoryMember> members;
    private final KeyValueStore<String, BandItems> bands;
    private final Map<String, StoryMember> cachedMembers = new LinkedHashMap<>(1024) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryMember> eldest) {
            return size() > CACHED_MEMBERS;
        }
    };

    public StoryStores(KeyValueStore<String, StoryMember> members, KeyValueStore<String, BandItems> bands) {
        this.members = members;
        this.bands = bands;
    }

    public static StoreBuilder<KeyValueStore<String, StoryMember>> membersStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS), Serdes.String(), memberSerde());
    }

    public static StoreBuilder<KeyValueStore<String, BandItems>> bandsStore() {
        // a busy band is read and rewritten by article after article: Streams' record cache serves those reads
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS), Serdes.String(), bandSerde())
                .withCachingEnabled();
    }

    static Serde<StoryMember> memberSerde() {
        return new CompactSerde<>(StoryMember.class, (member, out) -> {
            CompactSerde.writeString(member.itemId(), out);
            CompactSerde.writeString(member.storyId(), out);
            CompactSerde.writeNullable(member.duplicateOf(), out);
            out.writeLong(member.seenAtMillis());
            out.writeShort(member.signature().length);
            for (long value : member.signature()) {
                out.writeLong(value);
            }
        }, in -> {
            String itemId = CompactSerde.readString(in);
            String storyId = CompactSerde.readString(in);
            String duplicateOf = CompactSerde.readNullable(in);
            long seenAt = in.getLong();
            long[] signature = new long[Short.toUnsignedInt(in.getShort())];
            in.asLongBuffer().get(signature);
            return new StoryMember(itemId, storyId, duplicateOf, signature, seenAt);
        });
    }

    static Serde<BandItems> bandSerde() {
        return new CompactSerde<>(BandItems.class, (band, out) -> {
            out.writeShort(band.itemIds().size());
            for (String itemId : band.itemIds()) {
                CompactSerde.writeString(itemId, out);
            }
        }, in -> {
            String[] itemIds = new String[Short.toUnsignedInt(in.getShort())];
            for (int i = 0; i < itemIds.length; i++) {
                itemIds[i] = CompactSerde.readString(in);
            }
            return new BandItems(List.of(itemIds));
        });
    }

    @Override
    public Optional<StoryMember> member(String itemId) {
        StoryMember member = cachedMembers.get(itemId);
        if (member == null) {
            member = members.get(itemId);
            if (member != null) {
                cachedMembers.put(itemId, member);
            }
        }
        return Optional.ofNullable(member);
    }

    @Override
    public List<String> itemsInBand(String bandKey) {
        BandItems items = bands.get(bandKey);
        return items == null ? List.of() : items.itemIds();
    }

    @Override
    public void remember(StoryMember member, List<String> bandKeys) {
        members.put(member.itemId(), member);
        cachedMembers.put(member.itemId(), member);
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
        expired.forEach(itemId -> {
            members.delete(itemId);
            cachedMembers.remove(itemId);
        });
        return expired.size();
    }
}
