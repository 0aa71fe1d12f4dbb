package io.newswire.ingest.poll;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text from the web made fit for a record: C0 control characters other than tab and line breaks are dropped (HTML
 * does not allow them, and JSON would spell each one as six bytes), and the text is cut to a number of UTF-8 bytes at
 * a character boundary. Together this bounds the record's size, which the producer would otherwise refuse.
 */
record RecordText(String text, boolean truncated) {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    static RecordText of(String raw, int maxUtf8Bytes) {
        String clean = CONTROL.matcher(raw).replaceAll("");
        // a String of n chars never takes more than 3n UTF-8 bytes, so most pages skip the encoding
        if ((long) clean.length() * 3 <= maxUtf8Bytes) {
            return new RecordText(clean, false);
        }
        CharBuffer chars = CharBuffer.wrap(clean);
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        // the encoder stops before a character that does not fit whole, so a surrogate pair is never split
        encoder.encode(chars, ByteBuffer.allocate(maxUtf8Bytes), true);
        return chars.hasRemaining()
                ? new RecordText(clean.substring(0, chars.position()), true)
                : new RecordText(clean, false);
    }
}
