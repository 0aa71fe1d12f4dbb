package io.newswire.alert.develop;

import io.newswire.core.event.AlertKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Alert ids are a hash of what the alert says (story, kind, changes), so reprocessing the same articles gives the
 * same ids and everything downstream (e-mail Message-IDs, the mail ledger) stays stable.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String of(String storyId, AlertKind kind, List<String> changes) {
        return sha256Hex(storyId + '\n' + kind.wireName() + '\n' + String.join("\n", changes)).substring(0, 24);
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
