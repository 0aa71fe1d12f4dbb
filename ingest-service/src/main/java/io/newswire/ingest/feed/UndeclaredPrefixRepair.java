package io.newswire.ingest.feed;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares namespace prefixes that a feed uses but never declares ({@code <itunes:author>} without
 * {@code xmlns:itunes}, common in generated podcast and news feeds), on the root element, so a namespace-aware
 * parser accepts the document. Well-known feed extension prefixes get their real namespace, so Rome's modules
 * still read them; any other prefix gets a private URN.
 */
final class UndeclaredPrefixRepair {

    private static final Pattern PREFIXED_NAME = Pattern.compile("</?([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_]");
    private static final Pattern DECLARATION = Pattern.compile("xmlns:([A-Za-z_][A-Za-z0-9_.-]*)\\s*=");
    private static final Pattern ROOT_START = Pattern.compile("<([A-Za-z_][A-Za-z0-9_.:-]*)");
    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"));

    private UndeclaredPrefixRepair() {
    }

    /** {@code xml} must already start at its root element or prolog, as {@link DoctypeStripper} leaves it. */
    static String repair(String xml) {
        Set<String> used = new LinkedHashSet<>();
        Matcher names = PREFIXED_NAME.matcher(xml);
        while (names.find()) {
            used.add(names.group(1));
        }
        if (used.isEmpty()) {
            return xml;
        }
        Matcher declarations = DECLARATION.matcher(xml);
        while (declarations.find()) {
            used.remove(declarations.group(1));
        }
        used.remove("xml");
        used.remove("xmlns");
        int rootNameEnd = rootNameEnd(xml);
        if (used.isEmpty() || rootNameEnd < 0) {
            return xml;
        }
        StringBuilder declarationsToAdd = new StringBuilder();
        for (String prefix : used) {
            declarationsToAdd.append(" xmlns:").append(prefix).append("=\"")
                    .append(WELL_KNOWN.getOrDefault(prefix, "urn:x-undeclared-prefix:" + prefix)).append('"');
        }
        return xml.substring(0, rootNameEnd) + declarationsToAdd + xml.substring(rootNameEnd);
    }

    /** Index just after the root element's name, skipping the prolog's PIs and comments. */
    private static int rootNameEnd(String xml) {
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (xml.startsWith("<?", lt)) {
                i = closeOf(xml, lt, "?>");
            } else if (xml.startsWith("<!--", lt)) {
                i = closeOf(xml, lt, "-->");
            } else {
                Matcher root = ROOT_START.matcher(xml).region(lt, xml.length());
                return root.lookingAt() ? root.end() : -1;
            }
        }
        return -1;
    }

    private static int closeOf(String xml, int from, String terminator) {
        int end = xml.indexOf(terminator, from);
        return end < 0 ? xml.length() : end + terminator.length();
    }
}
