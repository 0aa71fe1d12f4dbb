package io.newswire.alert.develop;

import io.newswire.core.event.AlertKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Alert ids are a hash of the development: story, kind, the item that brought it and what changed. Reprocessing the
 * same articles gives the same ids, so everything downstream (e-mail Message-IDs, the mail ledger) stays stable;
 * the item keeps apart a change that a story reports twice (talks stalling, resuming and stalling again).
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String of(String storyId, AlertKind kind, String itemId, List<String> changes) {
        return sha256Hex(storyId + '\n' + kind.wireName() + '\n' + itemId + '\n' + String.join("\n", changes))
                .substring(0, 24);
    }

    /** A bulletin's id: the story, the item and the developments it brought. */
    public static String bulletin(String storyId, String itemId, List<String> developments) {
        return sha256Hex(storyId + '\n' + itemId + '\n' + String.join("\n", developments)).substring(0, 24);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
