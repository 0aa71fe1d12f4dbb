package io.newswire.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Fixes the well-formed documents that Rome rejects or crashes on although every feed reader reads them:
 * <ul>
 *   <li>an {@code <rss>} or RSS 0.90/1.0 {@code <rdf:RDF>} without a channel (an empty feed: Rome throws
 *       NullPointerException or "Invalid document") gets one, holding any items left directly under the root;</li>
 *   <li>malformed skipHours, skipDays and cloud hints are dropped;</li>
 *   <li>an {@code <rss>} in a namespace (Userland's) is read as the un-namespaced RSS it is, and a
 *       {@code <feed>} without the Atom namespace (or with a made-up one) as Atom, as feedparser does;</li>
 *   <li>an RSS version Rome has no parser for ("2.1", "3.0") is read as RSS 2.0, as feedparser does;</li>
 *   <li>Atom 0.3 base64 content wrapped over several lines (Rome's decoder indexes past the end on whitespace)
 *       is unwrapped, and Atom links without an href (Rome fails looking for the base URI) are dropped.</li>
 * </ul>
 */
final class FeedDocumentRepair {

    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94");
    private static final Namespace RDF = Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final Namespace RSS_090 = Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/");
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern VALID_HOUR = Pattern.compile("[01]?[0-9]|2[0-4]");
    private static final Pattern VALID_PORT = Pattern.compile("[0-9]{1,5}");
    private static final Set<String> DAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private FeedDocumentRepair() {
    }

    static void repair(Document document) {
        Element root = document.getRootElement();
        if ("rss".equals(root.getName())) {
            moveNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
            repairRss(root);
        } else if ("feed".equals(root.getName()) && !ATOM_10.equals(root.getNamespace())
                && !ATOM_03.equals(root.getNamespace())) {
            Namespace atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
            moveNamespace(root, root.getNamespace(), atom);
        } else if (RDF.equals(root.getNamespace())) {
            addMissingRdfChannel(root);
        }
        repairAtomElements(root);
        DateNormalizer.normalize(root);
    }

    private static void repairRss(Element root) {
        String version = root.getAttributeValue("version");
        if (version != null && !ROME_RSS_VERSIONS.contains(version.strip()) && !version.strip().startsWith("2.0")) {
            root.removeAttribute("version");
        }
        Element channel = root.getChild("channel");
        if (channel == null) {
            channel = new Element("channel");
            for (Element item : new ArrayList<>(root.getChildren("item"))) {
                channel.addContent(item.detach());
            }
            root.addContent(channel);
        }
        dropMalformedScheduleHints(channel);
    }

    /** The poller does not use them, and Rome rejects the whole feed over one bad hour, day or port. */
    private static void dropMalformedScheduleHints(Element channel) {
        Element skipHours = channel.getChild("skipHours");
        if (skipHours != null) {
            skipHours.getChildren("hour").removeIf(hour -> !VALID_HOUR.matcher(hour.getTextTrim()).matches());
        }
        Element skipDays = channel.getChild("skipDays");
        if (skipDays != null) {
            skipDays.getChildren("day").removeIf(day -> !DAYS.contains(day.getTextTrim().toLowerCase(Locale.ROOT)));
        }
        Element cloud = channel.getChild("cloud");
        if (cloud != null && !VALID_PORT.matcher(String.valueOf(cloud.getAttributeValue("port"))).matches()) {
            channel.removeContent(cloud);
        }
    }

    private static void addMissingRdfChannel(Element root) {
        for (Namespace rss : List.of(RSS_10, RSS_090)) {
            boolean declared = root.getAdditionalNamespaces().stream().anyMatch(ns -> rss.getURI().equals(ns.getURI()));
            if (declared && root.getChild("channel", rss) == null) {
                root.addContent(0, new Element("channel", rss));
                return;
            }
        }
    }

    /** Puts the root and every descendant in namespace {@code from} into {@code to}; other namespaces stay. */
    private static void moveNamespace(Element root, Namespace from, Namespace to) {
        if (from.equals(to)) {
            return;
        }
        for (Element element : elementsOf(root)) {
            if (from.equals(element.getNamespace())) {
                element.setNamespace(to);
            }
        }
    }

    private static List<Element> elementsOf(Element root) {
        List<Element> elements = new ArrayList<>();
        elements.add(root);
        root.getDescendants(Filters.element()).forEach(elements::add);
        return elements;
    }

    private static void repairAtomElements(Element root) {
        for (Element element : elementsOf(root)) {
            if ("base64".equals(element.getAttributeValue("mode")) && element.getChildren().isEmpty()) {
                element.setText(WHITESPACE.matcher(element.getText()).replaceAll(""));
            }
            boolean isAtom = ATOM_10.equals(element.getNamespace()) || ATOM_03.equals(element.getNamespace());
            if (isAtom && "link".equals(element.getName()) && element.getAttribute("href") == null) {
                element.detach();
            }
        }
    }
}
