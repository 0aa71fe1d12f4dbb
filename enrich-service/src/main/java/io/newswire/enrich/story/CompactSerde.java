package io.newswire.enrich.story;

import io.newswire.core.json.JsonSerde;
import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serde for a story store value. Story grouping reads dozens of members per article, and parsing their
 * signatures as JSON numbers was the pipeline's largest single cost; a fixed binary layout is a copy. Values
 * written as JSON by earlier versions (they start with '{') are still read, so a changelog restores across the
 * upgrade.
 */
final class CompactSerde<T> implements Serde<T> {

    private static final byte FORMAT_V1 = 1;
    private static final byte JSON_OBJECT = '{';

    interface Writer<T> {
        void write(T value, DataOutput out) throws IOException;
    }

    interface Reader<T> {
        T read(ByteBuffer in);
    }

    private final Class<T> type;
    private final Writer<T> writer;
    private final Reader<T> reader;
    private final JsonSerde<T> legacy;

    CompactSerde(Class<T> type, Writer<T> writer, Reader<T> reader) {
        this.type = type;
        this.writer = writer;
        this.reader = reader;
        this.legacy = new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            var bytes = new ByteArrayOutputStream(256);
            try (var out = new DataOutputStream(bytes)) {
                out.writeByte(FORMAT_V1);
                writer.write(value, out);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + type.getSimpleName() + " for " + topic, e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == JSON_OBJECT) {
                return legacy.deserializer().deserialize(topic, bytes);
            }
            if (bytes.length == 0 || bytes[0] != FORMAT_V1) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic
                        + ": unknown format " + (bytes.length == 0 ? "(empty)" : bytes[0]));
            }
            try {
                return reader.read(ByteBuffer.wrap(bytes, 1, bytes.length - 1));
            } catch (RuntimeException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic
                        + ": " + e.getMessage(), e);
            }
        };
    }

    /** A string as its UTF-8 length (unsigned short) and bytes. */
    static void writeString(String value, DataOutput out) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > 0xFFFF) {
            throw new IOException("string of " + utf8.length + " bytes is longer than 65535");
        }
        out.writeShort(utf8.length);
        out.write(utf8);
    }

    static String readString(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) {
            throw new IllegalArgumentException("string of " + length + " bytes, " + in.remaining() + " left");
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    static void writeNullable(String value, DataOutput out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            writeString(value, out);
        }
    }

    static String readNullable(ByteBuffer in) {
        return in.get() != 0 ? readString(in) : null;
    }
}
