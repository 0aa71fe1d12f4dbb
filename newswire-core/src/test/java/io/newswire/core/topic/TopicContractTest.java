package io.newswire.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.MailRecord;
import io.newswire.core.event.Party;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.core.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicContractTest {

    private static final Instant T = Instant.parse("2024-08-15T12:30:00Z");
    private static final Evidence EVIDENCE = new Evidence("Talks resumed in Doha.", 0, 12);
    private static final Tags TAGS = new Tags(new Talks(true, "resumed", "Doha", List.of("Qatar"), List.of(EVIDENCE)),
            List.of(new Casualty(40005, null, "killed", "exact", false, "Gaza Health Ministry", true, EVIDENCE)),
            List.of(new Party("Hamas", "armed_group", null, EVIDENCE)));

    private static final AlertSource SOURCE = new AlertSource("example.org", "Title", "https://example.org/a", "i1", T);
    private static final Development RESUMED = new Development(ChangeType.STATUS_CHANGE, AlertKind.TALKS, "a1",
            "Talks resumed");
    private static final Alert ALERT = new Alert("a1", "i1", "israel-gaza", AlertKind.TALKS, 1,
            "Talks resumed in Doha", List.of("Talks resumed"), List.of("Talks resumed in Doha."), List.of(SOURCE), T, T,
            List.of("Hamas"), List.of(RESUMED), List.of());

    private static final Map<Topic<?, ?>, Object> SAMPLES = Map.of(
            Topics.FEEDS, new FeedConfig("https://example.org/rss", "Example", 300, "en", true),
            Topics.FEED_STATE, new FeedState("https://example.org/rss", "\"abc\"", null, List.of("i1"), 0, T, T, "ok"),
            Topics.RAW, new RawItem("i1", "https://example.org/rss", "Example", "g1", "https://example.org/a", "Title",
                    "Summary", T, T, "<html></html>", "ok", "en"),
            Topics.ARTICLES, new Article("i1", "https://example.org/rss", "example.org", "https://example.org/a",
                    "Title", T, T, "Talks resumed in Doha.", "en", null, "ok", TAGS, "i1", null),
            Topics.ALERTS_ALL, ALERT,
            Topics.ALERTS_BULLETINS, new AlertBulletin("b1", "i1", "i1", "israel-gaza", "Talks resumed in Doha", SOURCE,
                    List.of(RESUMED), List.of(ALERT), List.of("Hamas"), T),
            Topics.MAIL_LEDGER, new MailRecord("<a1.1.x@newswire>", "a1", "editor@example.org", T));

    @Test
    void shouldWriteValuesThatConformToTheirPublishedSchemas() {
        SAMPLES.forEach((topic, value) -> assertThat(SchemaValidator.violations(topic, serialize(topic, value)))
                .as(topic.name()).isEmpty());
    }

    @Test
    void shouldCarryTheSchemaVersionInEveryValue() throws Exception {
        for (var sample : SAMPLES.entrySet()) {
            byte[] bytes = serialize(sample.getKey(), sample.getValue());
            assertThat(Json.mapper().readTree(bytes).get("schemaVersion").asInt()).as(sample.getKey().name())
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldReadBackWhatItWrote() {
        SAMPLES.forEach((topic, value) -> assertThat(roundTrip(topic, value)).isEqualTo(value));
    }

    @Test
    void shouldRejectAValueThatBreaksTheSchema() {
        byte[] noUrl = "{\"schemaVersion\":1,\"title\":\"x\"}".getBytes();

        assertThat(SchemaValidator.violations(Topics.FEEDS, noUrl)).isNotEmpty();
    }

    @Test
    void shouldHaveASchemaForEveryJsonTopic() {
        Topics.ALL.stream().filter(topic -> topic != Topics.DEAD_LETTERS).forEach(topic ->
                assertThat(Topic.class.getResource(topic.schemaResource())).as(topic.name()).isNotNull());
    }

    @SuppressWarnings("unchecked")
    private static <V> byte[] serialize(Topic<?, V> topic, Object value) {
        return topic.valueSerde().serializer().serialize(topic.name(), (V) value);
    }

    private static <V> V roundTrip(Topic<?, V> topic, Object value) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), serialize(topic, value));
    }
}
