package io.newswire.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void shouldKeepTheOriginalBytesAndNameTheErrorServiceAndSource() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{broken".getBytes(StandardCharsets.UTF_8);

        ProducerRecord<byte[], byte[]> dead = DeadLetters.record("enrich-service", key, value,
                new IllegalArgumentException("cannot read RawItem"), new DeadLetters.Source("news.raw", 2, 41));

        assertThat(dead.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
        assertThat(dead.key()).isEqualTo(key);
        assertThat(dead.value()).isEqualTo(value);
        assertThat(header(dead, DeadLetterHeaders.ERROR)).isEqualTo("cannot read RawItem");
        assertThat(header(dead, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(dead, DeadLetterHeaders.SERVICE)).isEqualTo("enrich-service");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("news.raw");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("2");
        assertThat(header(dead, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("41");
    }

    @Test
    void shouldLeaveOutTheSourceOfAFailureThatDidNotComeFromATopic() {
        ProducerRecord<byte[], byte[]> dead = DeadLetters.record("alert-service", null, null,
                new IllegalStateException("smtp refused"), null);

        assertThat(dead.headers().lastHeader(DeadLetterHeaders.SOURCE_TOPIC)).isNull();
        assertThat(header(dead, DeadLetterHeaders.ERROR)).isEqualTo("smtp refused");
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
