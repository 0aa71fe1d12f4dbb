package io.newswire.board.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.board.timeline.BoardTopology;
import io.newswire.board.timeline.ConflictBoard;
import io.newswire.board.timeline.ConflictFact;
import io.newswire.board.timeline.ConflictFacts;
import io.newswire.board.timeline.ConflictSummary;
import io.newswire.board.timeline.ConflictTimeline;
import io.newswire.board.timeline.StoryBoard;
import io.newswire.board.timeline.StoryView;
import io.newswire.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers for any story or conflict from any instance: Kafka Streams says which instance holds the key
 * ({@code application.server}); this one reads its own store or asks that instance over HTTP. A forwarded request is
 * answered from the local store only, so a request is passed on at most once.
 */
public final class BoardQueries {

    static final String FORWARDED = "X-Newswire-Board-Forwarded";
    private static final StringSerializer KEY = new StringSerializer();
    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT).build();

    public BoardQueries(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    Reply story(String id, String path, boolean forwarded) {
        return byKey(BoardTopology.STORY_BOARDS_STORE, id, path, forwarded, "story", partition -> {
            StoryBoard board = this.<StoryBoard>store(BoardTopology.STORY_BOARDS_STORE, partition).get(id);
            return board == null ? null : StoryView.of(board);
        });
    }

    Reply conflict(String id, String path, boolean forwarded) {
        return byKey(BoardTopology.CONFLICT_FACTS_STORE, id, path, forwarded, "conflict", partition -> {
            ReadOnlyKeyValueStore<String, ConflictFact> facts = store(BoardTopology.CONFLICT_FACTS_STORE, partition);
            try (KeyValueIterator<String, ConflictFact> scan = facts.prefixScan(ConflictFacts.prefix(id), KEY)) {
                List<ConflictBoard> boards = ConflictFacts.boards(scan);
                return boards.isEmpty() ? null : ConflictTimeline.view(boards.get(0));
            }
        });
    }

    /** Every instance's conflicts, newest first: this one's from its store, the others' by asking each once. */
    Reply conflicts(String path, boolean forwarded) {
        Map<String, ConflictSummary> found = new LinkedHashMap<>();
        for (ConflictSummary summary : localConflicts()) {
            found.put(summary.id(), summary);
        }
        if (!forwarded) {
            for (StreamsMetadata instance : streams.streamsMetadataForStore(BoardTopology.CONFLICT_FACTS_STORE)) {
                if (!instance.hostInfo().equals(self)) {
                    for (ConflictSummary summary : remoteConflicts(instance.hostInfo(), path)) {
                        found.merge(summary.id(), summary, (a, b) -> a.developments() >= b.developments() ? a : b);
                    }
                }
            }
        }
        List<ConflictSummary> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(ConflictSummary::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return Reply.json(200, Map.of("conflicts", sorted));
    }

    /** Reads the key's view from the local store (a null view is a 404), or asks the instance that holds it. */
    private Reply byKey(String storeName, String id, String path, boolean forwarded, String what,
                        IntFunction<Object> localView) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(storeName, id, KEY);
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw HttpError.unavailable("the board is starting or rebalancing; try again shortly");
        }
        if (!metadata.activeHost().equals(self)) {
            if (forwarded) {
                throw HttpError.unavailable("the " + what + " moved to another instance; try again shortly");
            }
            return remote(metadata.activeHost(), path);
        }
        Object view = localView.apply(metadata.partition());
        if (view == null) {
            throw HttpError.notFound("no " + what + " '" + id + "'");
        }
        return Reply.json(200, view).servedBy(self.host() + ":" + self.port());
    }

    private List<ConflictSummary> localConflicts() {
        ReadOnlyKeyValueStore<String, ConflictFact> store = store(BoardTopology.CONFLICT_FACTS_STORE, null);
        try (KeyValueIterator<String, ConflictFact> all = store.all()) {
            return ConflictFacts.boards(all).stream().map(ConflictTimeline::summary).toList();
        }
    }

    private List<ConflictSummary> remoteConflicts(HostInfo host, String path) {
        Reply reply = remote(host, path);
        if (reply.status() != 200) {
            throw HttpError.unavailable("instance " + host + " answered " + reply.status());
        }
        try {
            JsonNode conflicts = Json.mapper().readTree(reply.body()).path("conflicts");
            return Json.mapper().readerForListOf(ConflictSummary.class).readValue(conflicts);
        } catch (IOException e) {
            throw HttpError.unavailable("instance " + host + " answered with an unreadable list: " + e.getMessage());
        }
    }

    private Reply remote(HostInfo host, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + path))
                .timeout(REMOTE_TIMEOUT).header(FORWARDED, "1").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse(Reply.JSON);
            return new Reply(response.statusCode(), type, response.body(),
                    response.headers().firstValue(Reply.SERVED_BY).orElse(null));
        } catch (IOException e) {
            throw HttpError.unavailable("instance " + host + " holding it cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpError.unavailable("interrupted while asking instance " + host);
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Integer partition) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> parameters =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore());
        try {
            return streams.store(partition == null ? parameters : parameters.withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw HttpError.unavailable("the board is starting or rebalancing; try again shortly");
        }
    }
}
