package io.newswire.ingest.feed;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Rewrites the text of a DOCTYPE-less document so that a strict XML parser accepts what feed readers accept,
 * without ever letting the parser expand an entity:
 * <ul>
 *   <li>HTML named references ({@code &nbsp;}, {@code &eacute;}: RSS 0.91 and many hand-made feeds) become
 *       numeric character references;</li>
 *   <li>plain-text internal-subset entities are substituted, within a total budget of chars;</li>
 *   <li>a reference to an entity the DOCTYPE declared but {@link DoctypeStripper} refused rejects the feed;</li>
 *   <li>a bare or unknown {@code &} becomes {@code &amp;}, and characters XML 1.0 forbids are dropped.</li>
 * </ul>
 * CDATA sections, comments and processing instructions are copied unchanged.
 */
final class EntityReferenceRepair {

    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_NAME_LENGTH = 64;

    private final Map<String, String> plainEntities;
    private final Set<String> refusedEntities;
    private final int maxExpansionChars;
    private int expandedChars;

    private EntityReferenceRepair(Map<String, String> plainEntities, Set<String> refusedEntities,
                                  int maxExpansionChars) {
        this.plainEntities = plainEntities;
        this.refusedEntities = refusedEntities;
        this.maxExpansionChars = maxExpansionChars;
    }

    static String repair(DoctypeStripper.Stripped document, int maxExpansionChars) throws FeedParseException {
        return new EntityReferenceRepair(document.plainEntities(), document.refusedEntities(), maxExpansionChars)
                .rewrite(document.text());
    }

    private String rewrite(String s) throws FeedParseException {
        StringBuilder out = new StringBuilder(s.length() + 64);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int end = verbatimEnd(s, i);
                if (end > i) {
                    out.append(s, i, end);
                    i = end;
                    continue;
                }
                out.append(c);
                i++;
            } else if (c == '&') {
                i = reference(s, i, out);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                if (isXmlChar(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** End of a CDATA section, comment or PI starting at {@code i}, or {@code i} if none starts there. */
    private static int verbatimEnd(String s, int i) {
        String terminator = s.startsWith("<![CDATA[", i) ? "]]>" : s.startsWith("<!--", i) ? "-->"
                : s.startsWith("<?", i) ? "?>" : null;
        if (terminator == null) {
            return i;
        }
        int end = s.indexOf(terminator, i + 2);
        return end < 0 ? s.length() : end + terminator.length();
    }

    /** Appends the repaired reference starting at the '&amp;' at {@code i}; returns the index after it. */
    private int reference(String s, int i, StringBuilder out) throws FeedParseException {
        int semicolon = s.indexOf(';', i + 1);
        if (semicolon < 0 || semicolon - i - 1 > MAX_NAME_LENGTH || semicolon == i + 1) {
            out.append("&amp;");
            return i + 1;
        }
        String name = s.substring(i + 1, semicolon);
        if (name.charAt(0) == '#') {
            int codePoint = characterReference(name);
            if (codePoint >= 0 && isXmlCodePoint(codePoint)) {
                out.append("&#").append(codePoint).append(';');
            } else if (codePoint < 0) {
                out.append("&amp;");
                return i + 1;
            }
            return semicolon + 1;
        }
        if (!isName(name)) {
            out.append("&amp;");
            return i + 1;
        }
        if (PREDEFINED.contains(name)) {
            out.append(s, i, semicolon + 1);
        } else if (plainEntities.containsKey(name)) {
            String value = plainEntities.get(name);
            expandedChars += value.length();
            if (expandedChars > maxExpansionChars) {
                throw new FeedParseException("entity expansion exceeds " + maxExpansionChars + " chars");
            }
            out.append(value.replace("\"", "&quot;").replace("'", "&apos;"));
        } else if (refusedEntities.contains(name)) {
            throw new FeedParseException("refused to expand entity '" + name
                    + "' (external, nested or oversized DOCTYPE entity)");
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
        } else {
            out.append("&amp;");
            return i + 1;
        }
        return semicolon + 1;
    }

    /** Code point of "#123" or "#x7B", or -1 when malformed. */
    private static int characterReference(String name) {
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return -1;
        }
        try {
            return Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException notAReference) {
            return -1;
        }
    }

    private static boolean isName(String name) {
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_' && name.charAt(0) != ':') {
            return false;
        }
        for (int k = 1; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != ':' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static boolean isXmlCodePoint(int cp) {
        return cp <= 0xFFFF ? isXmlChar((char) cp) : cp <= 0x10FFFF;
    }
}
