package io.newswire.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stable item ids: the same item gets the same id on every poll, instance and restart, whatever its position in
 * the feed and however often its title or summary is edited.
 *
 * <p>The id is a SHA-256 (hex, 32 chars) of, in order of preference: the GUID; the canonical link (tracking
 * parameters and fragment removed, scheme ignored so an http to https move keeps ids); title and date (summary
 * and date for the rare untitled item; an entry with none of these is dropped). GUIDs that
 * are not absolute URIs ("12345") and title keys are scoped by the feed URL, since they are only unique within
 * one feed. A GUID that one document gives to entries with different links is not an identity, so those entries
 * fall back to their link; entries that end with the same id are copies and only the first is kept.
 */
public final class ItemIdentity {

    private static final int ID_HEX_CHARS = 32;

    private ItemIdentity() {
    }

    /** The entries with their ids set, copies removed, document order kept. */
    public static List<FeedEntry> assign(String feedUrl, List<FeedEntry> entries) {
        Set<String> ambiguousGuids = guidsSharedByDifferentItems(feedUrl, entries);
        Map<String, FeedEntry> byId = new LinkedHashMap<>();
        for (FeedEntry entry : entries) {
            String key = entry.guid() != null && !ambiguousGuids.contains(entry.guid())
                    ? guidKey(feedUrl, entry.guid())
                    : keyWithoutGuid(feedUrl, entry);
            if (key != null) {
                byId.putIfAbsent(hash(key), entry);
            }
        }
        List<FeedEntry> identified = new ArrayList<>(byId.size());
        byId.forEach((id, entry) -> identified.add(entry.withItemId(id)));
        return identified;
    }

    /** The id of a single entry, as {@link #assign} gives it when its GUID is unique in the document. */
    public static String idOf(String feedUrl, String guid, String link, String title, Instant publishedAt) {
        String key = guid != null && !guid.isBlank() ? guidKey(feedUrl, guid)
                : keyWithoutGuid(feedUrl, new FeedEntry(null, null, link, title, null, publishedAt, null));
        return key == null ? null : hash(key);
    }

    private static Set<String> guidsSharedByDifferentItems(String feedUrl, List<FeedEntry> entries) {
        Map<String, String> firstFallback = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (FeedEntry entry : entries) {
            if (entry.guid() == null) {
                continue;
            }
            String fallback = String.valueOf(keyWithoutGuid(feedUrl, entry));
            String previous = firstFallback.putIfAbsent(entry.guid(), fallback);
            if (previous != null && !previous.equals(fallback)) {
                ambiguous.add(entry.guid());
            }
        }
        return ambiguous;
    }

    private static String guidKey(String feedUrl, String guid) {
        String value = guid.strip();
        return isAbsoluteUri(value) ? "guid:" + value : "guid:" + feedUrl + "|" + value;
    }

    private static String keyWithoutGuid(String feedUrl, FeedEntry entry) {
        if (entry.link() != null) {
            return "link:" + withoutScheme(entry.link());
        }
        String title = normalized(entry.title());
        if (title != null) {
            return "title:" + feedUrl + "|" + title + "|" + entry.publishedAt();
        }
        String summary = normalized(entry.summary());
        return summary == null ? null : "summary:" + feedUrl + "|" + summary + "|" + entry.publishedAt();
    }

    private static String withoutScheme(String link) {
        int separator = link.indexOf("://");
        return separator < 0 ? link : link.substring(separator + 1);
    }

    private static boolean isAbsoluteUri(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = value.charAt(i);
            boolean schemeChar = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-'
                    || c == '.'));
            if (!schemeChar || c > 0x7F) {
                return false;
            }
        }
        return colon + 1 < value.length();
    }

    private static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_HEX_CHARS / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }
}
