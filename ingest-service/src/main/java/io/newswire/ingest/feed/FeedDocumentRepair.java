package io.newswire.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Fixes the well-formed documents that Rome rejects or crashes on although every feed reader reads them:
 * <ul>
 *   <li>an {@code <rss>} or RSS 1.0 {@code <rdf:RDF>} without a channel (an empty feed: Rome throws
 *       NullPointerException or "Invalid document") gets an empty one;</li>
 *   <li>an RSS version Rome has no parser for ("2.1", "3.0") is read as RSS 2.0, as feedparser does;</li>
 *   <li>Atom 0.3 base64 content wrapped over several lines (Rome's decoder indexes past the end on whitespace)
 *       is unwrapped.</li>
 * </ul>
 */
final class FeedDocumentRepair {

    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94");
    private static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FeedDocumentRepair() {
    }

    static void repair(Document document) {
        Element root = document.getRootElement();
        if ("rss".equals(root.getName())) {
            repairRss(root);
        } else if (RDF.equals(root.getNamespace()) && declaresRss10(root)
                && root.getChild("channel", RSS_10) == null) {
            root.addContent(0, new Element("channel", RSS_10));
        }
        unwrapBase64(root);
    }

    private static void repairRss(Element root) {
        String version = root.getAttributeValue("version");
        if (version != null && !ROME_RSS_VERSIONS.contains(version.strip()) && !version.strip().startsWith("2.0")) {
            root.removeAttribute("version");
        }
        if (root.getChild("channel", root.getNamespace()) == null) {
            root.addContent(new Element("channel", root.getNamespace()));
        }
    }

    private static boolean declaresRss10(Element root) {
        return root.getAdditionalNamespaces().stream().anyMatch(ns -> RSS_10.getURI().equals(ns.getURI()));
    }

    private static void unwrapBase64(Element root) {
        List<Element> elements = new ArrayList<>();
        root.getDescendants(Filters.element()).forEach(elements::add);
        for (Element element : elements) {
            if ("base64".equals(element.getAttributeValue("mode")) && element.getChildren().isEmpty()) {
                element.setText(WHITESPACE.matcher(element.getText()).replaceAll(""));
            }
        }
    }
}
