package io.newswire.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Builds the JDOM tree Rome works on from already-decoded, DOCTYPE-less text, with a parser that cannot reach
 * the network or the file system: DOCTYPEs are disallowed outright (the stripper removed the real one, so any
 * other is hostile), external entities and DTD loading are off, and the entity resolver refuses everything.
 */
final class HardenedXmlBuilder {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String JDK_LIMIT_CODE = "JAXP000";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /** The text is not well-formed XML (as opposed to breaking a limit): a lenient parser may still read it. */
    static final class NotWellFormedException extends FeedParseException {

        NotWellFormedException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private HardenedXmlBuilder() {
    }

    static Document build(String xml, FeedParserLimits limits) throws FeedParseException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setFeature(DISALLOW_DOCTYPE, true);
        builder.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
        builder.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
        builder.setFeature(LOAD_EXTERNAL_DTD, false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("refused to load external entity " + systemId);
        });
        builder.setXMLFilter(new LimitingXmlFilter(limits));
        try {
            return builder.build(new InputSource(new StringReader(xml)));
        } catch (JDOMException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LimitingXmlFilter.LimitExceededException limit) {
                    throw new FeedParseException("limit exceeded: " + limit.getMessage(), e);
                }
            }
            // The JDK's own secure-processing limits (attributes per element, entity sizes) report as JAXP000nn.
            if (String.valueOf(e.getMessage()).contains(JDK_LIMIT_CODE)) {
                throw new FeedParseException("limit exceeded: " + e.getMessage(), e);
            }
            throw new NotWellFormedException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
