package io.newswire.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an item link: absolute, lower-case scheme and host, no default port, no fragment, and no
 * query parameters that only track the reader (campaign tags, click ids), so that one article reached from
 * different newsletters or feeds has one link.
 */
public final class LinkCanonicalizer {

    private static final Set<String> TRACKING_PREFIXES = Set.of("utm_", "at_", "ns_", "mc_", "pk_", "hsa_");
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "xtor", "cmpid", "ocid", "smid", "smtyp",
            "wt.mc_id", "spm", "ref_src", "vero_id", "oly_enc_id", "oly_anon_id", "__twitter_impression");

    private LinkCanonicalizer() {
    }

    /** Canonical absolute link, or null when {@code link} is blank or cannot be made absolute. */
    public static String canonicalize(String link, URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri = resolve(link.strip(), base);
        if (uri == null || uri.getScheme() == null) {
            return null;
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            return uri.toString();
        }
        StringBuilder out = new StringBuilder();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        out.append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        String host = uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : uri.getRawAuthority();
        out.append(host);
        if (uri.getPort() >= 0 && !isDefaultPort(scheme, uri.getPort())) {
            out.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static URI resolve(String link, URI base) {
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() && base != null && base.isAbsolute() && !base.isOpaque()) {
                uri = base.resolve(uri);
            }
            return uri;
        } catch (URISyntaxException | IllegalArgumentException unparseable) {
            return lenient(link, base);
        }
    }

    /** Feeds carry spaces and other raw characters in links; percent-encode them instead of dropping the link. */
    private static URI lenient(String link, URI base) {
        StringBuilder encoded = new StringBuilder();
        for (char c : link.toCharArray()) {
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
                    || c == '|' || c == '}' || c > 0x7E) {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                encoded.append(c);
            }
        }
        try {
            URI uri = new URI(encoded.toString());
            return !uri.isAbsolute() && base != null && base.isAbsolute() && !base.isOpaque() ? base.resolve(uri) : uri;
        } catch (URISyntaxException | IllegalArgumentException stillUnparseable) {
            return null;
        }
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return TRACKING_PARAMETERS.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
