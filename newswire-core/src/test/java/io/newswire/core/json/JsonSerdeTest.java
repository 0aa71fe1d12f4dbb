package io.newswire.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.event.FeedConfig;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<FeedConfig> serde = new JsonSerde<>(FeedConfig.class);

    @Test
    void shouldThrowSerializationExceptionOnBytesThatAreNoJson() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.feeds", "{not json".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("FeedConfig");
    }

    @Test
    void shouldMapTombstonesToNull() {
        assertThat(serde.deserializer().deserialize("news.feeds", null)).isNull();
        assertThat(serde.serializer().serialize("news.feeds", null)).isNull();
    }

    @Test
    void shouldIgnoreFieldsAddedByANewerWriter() {
        byte[] newer = "{\"schemaVersion\":1,\"url\":\"https://x.org/rss\",\"pollIntervalSeconds\":60,\"enabled\":true,\"tier\":\"gold\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(serde.deserializer().deserialize("news.feeds", newer).url()).isEqualTo("https://x.org/rss");
    }
}
