package io.newswire.ingest.feed;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/** Stops parsing as soon as elements nest too deep or one text node grows too long, before JDOM buffers it. */
final class LimitingXmlFilter extends XMLFilterImpl {

    private final int maxDepth;
    private final int maxTextChars;
    private int depth;
    private long textChars;

    LimitingXmlFilter(int maxDepth, int maxTextChars) {
        this.maxDepth = maxDepth;
        this.maxTextChars = maxTextChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > maxDepth) {
            throw new SAXException("elements nested deeper than " + maxDepth);
        }
        textChars = 0;
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        textChars = 0;
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        countText(length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        countText(length);
        super.ignorableWhitespace(ch, start, length);
    }

    private void countText(int length) throws SAXException {
        textChars += length;
        if (textChars > maxTextChars) {
            throw new SAXException("text node longer than " + maxTextChars + " chars");
        }
    }
}
