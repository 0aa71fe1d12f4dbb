package io.newswire.ingest.feed;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Enforces {@link FeedParserLimits} while the parser streams, before JDOM builds anything: fails when elements
 * nest too deep or one text node grows too long, and silently skips entries (RSS {@code item}, Atom
 * {@code entry}, children of the root or of the channel) beyond the cap, so an enormous feed costs a scan, not
 * a tree.
 */
final class LimitingXmlFilter extends XMLFilterImpl {

    private static final int DEEPEST_ENTRY = 3;

    private final FeedParserLimits limits;
    private int depth;
    private long textChars;
    private int entries;
    private int skippingFromDepth;

    /** A limit, not the XML, is what stopped the parse. */
    static final class LimitExceededException extends SAXException {

        LimitExceededException(String message) {
            super(message);
        }
    }

    LimitingXmlFilter(FeedParserLimits limits) {
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > limits.maxDepth()) {
            throw new LimitExceededException("elements nested deeper than " + limits.maxDepth());
        }
        textChars = 0;
        if (skippingFromDepth == 0 && isEntry(localName) && ++entries > limits.maxEntries()) {
            skippingFromDepth = depth;
        }
        if (skippingFromDepth == 0) {
            super.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        textChars = 0;
        if (skippingFromDepth == 0) {
            super.endElement(uri, localName, qName);
        } else if (depth == skippingFromDepth) {
            skippingFromDepth = 0;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        countText(length);
        if (skippingFromDepth == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        countText(length);
        if (skippingFromDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (skippingFromDepth == 0) {
            super.processingInstruction(target, data);
        }
    }

    private boolean isEntry(String localName) {
        return depth <= DEEPEST_ENTRY && ("item".equals(localName) || "entry".equals(localName));
    }

    private void countText(int length) throws SAXException {
        textChars += length;
        if (textChars > limits.maxTextChars()) {
            throw new LimitExceededException("text node longer than " + limits.maxTextChars() + " chars");
        }
    }
}
