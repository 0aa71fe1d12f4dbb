package io.newswire.ingest.feed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the document type declaration and whatever precedes the document (blank lines, or a server's warning
 * message or a comment before the XML declaration), so that the XML parser can run with DOCTYPEs disallowed: no
 * DTD is ever loaded and no entity declared in it is expanded by the parser.
 *
 * <p>Old feeds still parse: RSS 0.91's Netscape DOCTYPE only pointed at HTML entities, which
 * {@link EntityReferenceRepair} maps to characters. Internal-subset entities whose value is plain text (character
 * references allowed) are handed over for bounded substitution; every other declared general entity (external,
 * referencing other entities, or long) is reported as refused, which is where XXE, billion laughs and quadratic
 * blow-up end.
 */
final class DoctypeStripper {

    /** Document text without the DOCTYPE, and what its internal subset declared. */
    record Stripped(String text, Map<String, String> plainEntities, Set<String> refusedEntities) {
    }

    static final int MAX_PLAIN_ENTITY_CHARS = 1024;

    private static final Pattern ENTITY_DECLARATION =
            Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s%\"'>]+)\\s+(\"([^\"]*)\"|'([^']*)'|[^>]*)\\s*>");
    private static final Pattern FEED_ROOT = Pattern.compile("<(?:rss|feed|rdf:RDF|RDF|channel)[\\s/>]");
    private static final int HEAD_CHARS = 64 * 1024;
    private static final Pattern ONLY_CHARACTER_REFERENCES =
            Pattern.compile("(?:[^&%<]|&#[0-9]+;|&#x[0-9A-Fa-f]+;)*");

    private DoctypeStripper() {
    }

    static Stripped strip(String document) {
        int start = markupStart(document);
        if (start < 0) {
            return new Stripped(document, Map.of(), Set.of());
        }
        int position = start;
        while (position < document.length()) {
            position = skipWhitespace(document, position);
            if (document.startsWith("<?", position)) {
                position = endOf(document, position, "?>");
            } else if (document.startsWith("<!--", position)) {
                position = endOf(document, position, "-->");
            } else if (startsWithIgnoreCase(document, position, "<!DOCTYPE")) {
                int end = doctypeEnd(document, position);
                Stripped stripped = declarations(document.substring(position, end));
                String text = document.substring(start, position) + document.substring(end);
                return new Stripped(text, stripped.plainEntities(), stripped.refusedEntities());
            } else {
                break;
            }
        }
        return new Stripped(start == 0 ? document : document.substring(start), Map.of(), Set.of());
    }

    /**
     * Where the document starts: its XML declaration when something other than the feed precedes it (a server's
     * warning message, a comment, blank lines), else the first markup.
     */
    private static int markupStart(String document) {
        String head = document.substring(0, Math.min(document.length(), HEAD_CHARS));
        for (int at = head.indexOf("<?xml", 1); at > 0; at = head.indexOf("<?xml", at + 1)) {
            if (isXmlDeclaration(head, at)) {
                return FEED_ROOT.matcher(head).region(0, at).find() ? document.indexOf('<') : at;
            }
        }
        return document.indexOf('<');
    }

    private static Stripped declarations(String doctype) {
        Map<String, String> plain = new HashMap<>();
        Set<String> refused = new HashSet<>();
        Matcher matcher = ENTITY_DECLARATION.matcher(doctype);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                continue;
            }
            String name = matcher.group(2);
            String value = matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            boolean isPlain = value != null && value.length() <= MAX_PLAIN_ENTITY_CHARS
                    && ONLY_CHARACTER_REFERENCES.matcher(value).matches();
            if (isPlain && !refused.contains(name)) {
                plain.putIfAbsent(name, value);
            } else if (!plain.containsKey(name)) {
                refused.add(name);
            }
        }
        return new Stripped("", plain, refused);
    }

    /** End (exclusive) of a DOCTYPE, skipping quoted literals, comments and the internal subset's brackets. */
    private static int doctypeEnd(String s, int from) {
        int i = from + "<!DOCTYPE".length();
        boolean inSubset = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int close = s.indexOf(c, i + 1);
                i = close < 0 ? s.length() : close + 1;
            } else if (s.startsWith("<!--", i)) {
                i = endOf(s, i, "-->");
            } else if (c == '[') {
                inSubset = true;
                i++;
            } else if (c == ']') {
                inSubset = false;
                i++;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int endOf(String s, int from, String terminator) {
        int end = s.indexOf(terminator, from + 2);
        return end < 0 ? s.length() : end + terminator.length();
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "&lt;?xml " but not "&lt;?xml-stylesheet". */
    private static boolean isXmlDeclaration(String s, int at) {
        return s.startsWith("<?xml", at) && at + 5 < s.length() && Character.isWhitespace(s.charAt(at + 5));
    }

    private static boolean startsWithIgnoreCase(String s, int from, String prefix) {
        return s.regionMatches(true, from, prefix, 0, prefix.length());
    }
}
