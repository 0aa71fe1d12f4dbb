package io.newswire.ingest.registry;

import io.newswire.core.event.FeedConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Feeds of an OPML subscription list: every {@code outline} with an {@code xmlUrl}, nested in folders or not, titled
 * by its {@code title} or else its {@code text}, with the line it is on. The file comes from outside, so the parser
 * refuses DOCTYPEs and external entities (no XXE, no entity bombs).
 */
public final class OpmlReader {

    private OpmlReader() {
    }

    /** @throws IllegalArgumentException naming the line, when the file is not readable XML */
    public static List<ListedFeed> read(byte[] opml, int pollIntervalSeconds) {
        Outlines outlines = new Outlines(pollIntervalSeconds);
        try {
            parser().parse(new ByteArrayInputStream(opml), outlines);
            return outlines.feeds;
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("line " + e.getLineNumber() + ": not readable OPML: " + e.getMessage(),
                    e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not readable OPML: " + e.getMessage(), e);
        }
    }

    private static final class Outlines extends DefaultHandler {

        private final int pollIntervalSeconds;
        private final List<ListedFeed> feeds = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private Locator locator;

        Outlines(int pollIntervalSeconds) {
            this.pollIntervalSeconds = pollIntervalSeconds;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!"outline".equals(qName)) {
                return;
            }
            String url = blankToNull(attributes.getValue("xmlUrl"));
            if (url != null && seen.add(url)) {
                String title = blankToNull(attributes.getValue("title"));
                feeds.add(new ListedFeed(new FeedConfig(url, title != null ? title : blankToNull(attributes.getValue(
                        "text")), pollIntervalSeconds, blankToNull(attributes.getValue("language")), true),
                        locator == null ? 0 : locator.getLineNumber()));
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }
}
