package io.newswire.ingest.fetch;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.Inflater;
import okio.BufferedSource;
import okio.GzipSource;
import okio.InflaterSource;
import okio.Okio;

/**
 * Undoes Content-Encoding while streaming, so the body cap applies to decoded bytes and a small compressed bomb
 * cannot expand past it. We ask for gzip and deflate; "deflate" is meant to be zlib-wrapped, but some servers send
 * raw DEFLATE, so the zlib header is sniffed.
 */
final class ContentDecoding {

    static final String ACCEPT_ENCODING = "gzip, deflate";

    /** A Content-Encoding we did not ask for. */
    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String coding) {
            super("unsupported Content-Encoding: " + coding);
        }
    }

    private ContentDecoding() {
    }

    /** Wraps {@code source} to undo the codings of a Content-Encoding header, applied in the order listed. */
    static BufferedSource decode(String contentEncoding, BufferedSource source) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return source;
        }
        List<String> codings = List.of(contentEncoding.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        BufferedSource decoded = source;
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = decodeOne(codings.get(i).trim(), decoded);
        }
        return decoded;
    }

    private static BufferedSource decodeOne(String coding, BufferedSource source) throws IOException {
        return switch (coding) {
            case "", "identity" -> source;
            case "gzip", "x-gzip" -> Okio.buffer(new GzipSource(source));
            case "deflate" -> Okio.buffer(new InflaterSource(source, new Inflater(!hasZlibHeader(source))));
            default -> throw new UnsupportedEncodingException(coding);
        };
    }

    /** RFC 1950: compression method 8 in the low nibble, and the first two bytes a multiple of 31. */
    private static boolean hasZlibHeader(BufferedSource source) throws IOException {
        if (!source.request(2)) {
            return true;
        }
        int cmf = source.getBuffer().getByte(0) & 0xff;
        int flg = source.getBuffer().getByte(1) & 0xff;
        return (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }
}
