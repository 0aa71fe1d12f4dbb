package io.newswire.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns feed bytes into text before any XML parser sees them, so the parser never guesses an encoding.
 *
 * <p>Candidates are tried in order and the first that decodes the bytes without a single malformed sequence
 * wins: the byte order mark (RFC 7303 §3 and WHATWG both let it override the header); UTF-16/32 recognised from
 * the zero bytes around the first "&lt;"; UTF-8; the Content-Type charset; the XML prolog's encoding. UTF-8 comes
 * before the labels, as in Miniflux, because feeds labelled ISO-8859-1 that are really UTF-8 are common, while
 * legacy text that happens to be valid UTF-8 is all but impossible (pure ASCII keeps its label).
 * Bytes that none of these decode get the charset juniversalchardet detects (Big5, Shift_JIS, KOI8-R,
 * windows-1251…), else windows-1252, so undeclared or mis-declared legacy bytes become their characters instead
 * of U+FFFD. ISO-8859-1 is the last resort because it maps every byte.
 */
public final class FeedTextDecoder {

    /** Decoded text (without a byte order mark) and the charset that produced it. */
    public record DecodedText(String text, Charset charset) {
    }

    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?\\s*([^\"';\\s]+)");
    private static final Pattern PROLOG_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final int PROLOG_SCAN_BYTES = 1024;
    private static final int DETECTION_BYTES = 256 * 1024;

    private FeedTextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String contentType) {
        Bom bom = Bom.of(bytes);
        int offset = bom == null ? 0 : bom.length();
        List<Charset> declared = new ArrayList<>();
        if (bom != null) {
            declared.add(bom.charset());
        }
        Charset wide = bom != null ? null : wideWithoutBom(bytes);
        if (wide != null) {
            declared.add(wide);
        }
        if (hasNonAscii(bytes)) {
            declared.add(StandardCharsets.UTF_8);
        }
        charsetFromContentType(contentType).ifPresent(declared::add);
        prologEncoding(bytes, bom, wide).ifPresent(declared::add);
        declared.add(StandardCharsets.UTF_8);
        return firstThatDecodes(bytes, offset, declared)
                .or(() -> firstThatDecodes(bytes, offset, guesses(bytes)))
                .orElseGet(() -> new DecodedText(
                        new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
                        StandardCharsets.ISO_8859_1));
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DecodedText> firstThatDecodes(byte[] bytes, int offset, List<Charset> candidates) {
        for (Charset charset : candidates) {
            Optional<String> text = decodeStrictly(bytes, offset, charset);
            if (text.isPresent()) {
                return Optional.of(new DecodedText(text.get(), charset));
            }
        }
        return Optional.empty();
    }

    /** For bytes that are not UTF-8 and declare nothing that fits: what a detector sees, else windows-1252. */
    private static List<Charset> guesses(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Optional<Charset> detected = name == null ? Optional.empty() : charsetNamed(name);
        return detected.filter(charset -> !charset.equals(WINDOWS_1252))
                .map(charset -> List.of(charset, WINDOWS_1252))
                .orElse(List.of(WINDOWS_1252));
    }

    static Optional<Charset> charsetFromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = CONTENT_TYPE_CHARSET.matcher(contentType);
        return matcher.find() ? charsetNamed(matcher.group(1)) : Optional.empty();
    }

    /**
     * Labels that real feeds use for a narrower charset than the bytes they send are widened to the superset,
     * as browsers do (WHATWG Encoding): ASCII and Latin-1 to windows-1252, GB2312 and GBK to GB18030.
     */
    static Optional<Charset> charsetNamed(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1" -> {
                return Optional.of(WINDOWS_1252);
            }
            case "gb2312", "gbk", "x-gbk", "gb_2312-80" -> {
                return Optional.of(Charset.forName("GB18030"));
            }
            default -> {
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException unknownOrIllegal) {
                    return Optional.empty();
                }
            }
        }
    }

    private static Optional<Charset> prologEncoding(byte[] bytes, Bom bom, Charset wide) {
        int offset = bom == null ? 0 : bom.length();
        int length = Math.min(PROLOG_SCAN_BYTES, bytes.length - offset);
        Charset scanCharset = bom != null ? bom.charset() : wide != null ? wide : StandardCharsets.ISO_8859_1;
        String head = new String(bytes, offset, length, scanCharset);
        Matcher matcher = PROLOG_ENCODING.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        Optional<Charset> declared = charsetNamed(matcher.group(1));
        boolean declaresWideCharset = declared.map(FeedTextDecoder::isWide).orElse(false);
        // A prolog read as single bytes cannot truthfully declare UTF-16/32: its own bytes prove otherwise.
        if (declaresWideCharset && scanCharset == StandardCharsets.ISO_8859_1) {
            return Optional.empty();
        }
        return declared;
    }

    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    /** "&lt;" in UTF-16 or UTF-32 without a BOM shows up as zero bytes around the ASCII code. */
    private static Charset wideWithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
            return UTF_32BE;
        }
        if (b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return UTF_32LE;
        }
        if (b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException | UnsupportedOperationException notThisCharset) {
            return Optional.empty();
        }
    }

    private record Bom(Charset charset, int length) {

        static Bom of(byte[] b) {
            if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (startsWith(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
