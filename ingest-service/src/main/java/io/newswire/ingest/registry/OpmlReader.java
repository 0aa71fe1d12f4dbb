package io.newswire.ingest.registry;

import io.newswire.core.event.FeedConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Feeds of an OPML subscription list: every {@code outline} with an {@code xmlUrl}, nested in folders or not, titled
 * by its {@code title} or else its {@code text}. The file comes from outside, so the parser refuses DOCTYPEs and
 * external entities (no XXE, no entity bombs).
 */
public final class OpmlReader {

    private OpmlReader() {
    }

    public static List<FeedConfig> read(byte[] opml, int pollIntervalSeconds) {
        try {
            NodeList outlines = parser().parse(new ByteArrayInputStream(opml)).getElementsByTagName("outline");
            Map<String, FeedConfig> feeds = new LinkedHashMap<>();
            for (int i = 0; i < outlines.getLength(); i++) {
                Element outline = (Element) outlines.item(i);
                String url = outline.getAttribute("xmlUrl").strip();
                if (!url.isEmpty()) {
                    feeds.putIfAbsent(url, new FeedConfig(url, titleOf(outline), pollIntervalSeconds,
                            blankToNull(outline.getAttribute("language")), true));
                }
            }
            return new ArrayList<>(feeds.values());
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a readable OPML file: " + e.getMessage(), e);
        }
    }

    private static String titleOf(Element outline) {
        String title = blankToNull(outline.getAttribute("title"));
        return title != null ? title : blankToNull(outline.getAttribute("text"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints parse errors to stderr before throwing them
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }
}
