package io.newswire.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * Turns the bytes of an article page into text, choosing the charset as browsers do (WHATWG encoding sniffing,
 * simplified): a byte-order mark, then the Content-Type charset, then a {@code <meta charset>} or http-equiv
 * declaration in the first 4 KB, then UTF-8 if the bytes are valid UTF-8, else windows-1252. The mark goes first
 * because it cannot be there by accident, while a header charset is often a server-wide default.
 */
public final class HtmlDecoder {

    static final int PRESCAN_BYTES = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The chosen charset and how it was chosen, for logs and tests. */
    public record Decoded(String text, Charset charset, Source source) {
    }

    public enum Source { BOM, CONTENT_TYPE, META, VALID_UTF8, FALLBACK }

    private HtmlDecoder() {
    }

    public static String decodeToString(byte[] bytes, String contentType) {
        return decode(bytes, contentType).text();
    }

    public static Decoded decode(byte[] bytes, String contentType) {
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom mark = bom.get();
            return new Decoded(new String(bytes, mark.length, bytes.length - mark.length, mark.charset),
                    mark.charset, Source.BOM);
        }
        Optional<Charset> declared = fromContentType(contentType);
        if (declared.isPresent()) {
            return new Decoded(new String(bytes, declared.get()), declared.get(), Source.CONTENT_TYPE);
        }
        Optional<Charset> meta = fromMeta(bytes);
        if (meta.isPresent()) {
            return new Decoded(new String(bytes, meta.get()), meta.get(), Source.META);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        return utf8.map(text -> new Decoded(text, StandardCharsets.UTF_8, Source.VALID_UTF8))
                .orElseGet(() -> new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Source.FALLBACK));
    }

    static Optional<Charset> fromContentType(String contentType) {
        MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
        return mediaType == null ? Optional.empty() : Optional.ofNullable(mediaType.parameter("charset")).flatMap(HtmlDecoder::lookup);
    }

    static Optional<Charset> fromMeta(byte[] bytes) {
        // ISO-8859-1 maps bytes to chars one to one, so ASCII markup reads the same whatever the real charset
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
        while (matcher.find()) {
            Optional<Charset> charset = lookup(matcher.group(1))
                    // a page that reached us as ASCII-compatible bytes cannot really be UTF-16, whatever it says
                    .map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
            if (charset.isPresent()) {
                return charset;
            }
        }
        return Optional.empty();
    }

    /** Charset by label, with the web's aliases: latin-1 and ASCII labels mean windows-1252 to every browser. */
    static Optional<Charset> lookup(String label) {
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(normalized);
            boolean latin1OrAscii = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
            return Optional.of(latin1OrAscii ? WINDOWS_1252 : charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private enum Bom {
        UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
        UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

        final Charset charset;
        final int[] mark;
        final int length;

        Bom(Charset charset, int... mark) {
            this.charset = charset;
            this.mark = mark;
            this.length = mark.length;
        }

        static Optional<Bom> of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bom.matches(bytes)) {
                    return Optional.of(bom);
                }
            }
            return Optional.empty();
        }

        private boolean matches(byte[] bytes) {
            if (bytes.length < length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if ((bytes[i] & 0xff) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
