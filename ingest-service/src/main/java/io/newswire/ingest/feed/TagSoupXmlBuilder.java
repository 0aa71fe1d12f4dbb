package io.newswire.ingest.feed;

import java.nio.charset.StandardCharsets;
import org.jdom2.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Second chance for feeds that are not well-formed XML (truncated downloads, a stray {@code <} or an unclosed
 * tag in a title), read the way feedparser's loose parser reads them: jsoup's XML parser builds a tree from
 * anything, closing what is open, and writes it back as well-formed XML, which then goes through the same
 * hardened parser and limits as any feed. jsoup has no notion of DTDs or external entities, so nothing is
 * fetched.
 */
final class TagSoupXmlBuilder {

    private TagSoupXmlBuilder() {
    }

    static Document build(String xml, FeedParserLimits limits) throws FeedParseException {
        org.jsoup.nodes.Document soup = Parser.xmlParser().setMaxDepth(limits.maxDepth()).parseInput(xml, "");
        soup.outputSettings()
                .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        return HardenedXmlBuilder.build(soup.outerHtml(), limits);
    }
}
