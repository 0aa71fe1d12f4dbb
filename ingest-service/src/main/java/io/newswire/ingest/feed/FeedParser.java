package io.newswire.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;

/**
 * Feed bytes to {@link ParsedFeed}, with no I/O: the hardened front end (charset, DOCTYPE, entities, limits, a
 * loose second read for ill-formed XML) builds the XML tree, Rome maps it to entries, {@link ItemIdentity} gives
 * them ids. Any failure, including the NullPointerException, ArrayIndexOutOfBoundsException and
 * StackOverflowError Rome throws on some documents, becomes a {@link FeedParseException} with a one-line reason.
 * Thread-safe.
 */
public final class FeedParser {

    private final FeedParserLimits limits;

    public FeedParser() {
        this(FeedParserLimits.defaults());
    }

    public FeedParser(FeedParserLimits limits) {
        this.limits = limits;
    }

    /**
     * @param body        the document as received
     * @param contentType the HTTP Content-Type header, or null
     * @param feedUrl     where the document came from: resolves relative links and scopes feed-local ids
     */
    public ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        try {
            return parseOrThrow(body, contentType, feedUrl);
        } catch (RuntimeException | StackOverflowError e) {
            throw new FeedParseException("parser failed on this feed: " + e, e);
        }
    }

    private ParsedFeed parseOrThrow(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        if (body.length > limits.maxBytes()) {
            throw new FeedParseException("document larger than " + limits.maxBytes() + " bytes");
        }
        String text = FeedTextDecoder.decode(body, contentType).text();
        if (text.isBlank()) {
            throw new FeedParseException("empty document");
        }
        String repaired = EntityReferenceRepair.repair(DoctypeStripper.strip(text), limits.maxEntityExpansionChars());
        Document document = xmlTree(repaired);
        FeedDocumentRepair.repair(document);
        SyndFeed feed = romeFeed(document);
        URI base = baseOf(feedUrl, feed.getLink());
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entryOf(entry, base));
        }
        String feedKey = feedUrl == null ? "" : feedUrl.toString();
        return new ParsedFeed(clean(feed.getTitle()), LinkCanonicalizer.canonicalize(feed.getLink(), feedUrl),
                ttlMinutes(feed.originalWireFeed()), ItemIdentity.assign(feedKey, entries));
    }

    /** Only documents the strict parser refuses pay for the repairs: undeclared prefixes, then a loose read. */
    private Document xmlTree(String xml) throws FeedParseException {
        try {
            return HardenedXmlBuilder.build(xml, limits);
        } catch (HardenedXmlBuilder.NotWellFormedException strictFailure) {
            String prefixesDeclared = UndeclaredPrefixRepair.repair(xml);
            try {
                return prefixesDeclared.equals(xml) ? TagSoupXmlBuilder.build(xml, limits)
                        : strictOrLoose(prefixesDeclared);
            } catch (FeedParseException | RuntimeException lenientFailure) {
                throw strictFailure;
            }
        }
    }

    private Document strictOrLoose(String xml) throws FeedParseException {
        try {
            return HardenedXmlBuilder.build(xml, limits);
        } catch (HardenedXmlBuilder.NotWellFormedException stillBroken) {
            return TagSoupXmlBuilder.build(xml, limits);
        }
    }

    private static SyndFeed romeFeed(Document document) throws FeedParseException {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            return input.build(document);
        } catch (FeedException e) {
            throw notAFeed(document, e);
        } catch (RuntimeException | StackOverflowError e) {
            // Rome says "Invalid document" with a plain IllegalArgumentException when no parser claims the root.
            if (e.getClass() == IllegalArgumentException.class) {
                throw notAFeed(document, e);
            }
            throw new FeedParseException("Rome failed on this feed: " + e, e);
        }
    }

    /** A server's error or login page is the usual non-feed: say so, rather than repeat Rome's reason. */
    private static FeedParseException notAFeed(Document document, Throwable romeFailure) {
        if (document.hasRootElement() && "html".equalsIgnoreCase(document.getRootElement().getName())) {
            return new FeedParseException("an HTML page, not a feed", romeFailure);
        }
        return new FeedParseException("not a feed: " + romeFailure.getMessage(), romeFailure);
    }

    private static FeedEntry entryOf(SyndEntry entry, URI base) throws FeedParseException {
        try {
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            return new FeedEntry(null, clean(guidOf(entry)), LinkCanonicalizer.canonicalize(linkOf(entry), base),
                    clean(entry.getTitle()), summaryOf(entry), published == null ? null : published.toInstant(),
                    clean(entry.getAuthor()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new FeedParseException("Rome failed on an entry: " + e, e);
        }
    }

    /** The id the feed itself gives, not Rome's {@code getUri()}, which silently falls back to the link. */
    private static String guidOf(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() != null ? item.getGuid().getValue() : item.getUri();
        }
        if (wire instanceof Entry atomEntry) {
            return atomEntry.getId();
        }
        return null;
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
                return link.getHref();
            }
        }
        return null;
    }

    private static String summaryOf(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && clean(description.getValue()) != null) {
            return description.getValue().strip();
        }
        for (SyndContent content : entry.getContents()) {
            if (clean(content.getValue()) != null) {
                return content.getValue().strip();
            }
        }
        return null;
    }

    private static Integer ttlMinutes(WireFeed wire) {
        return wire instanceof Channel channel && channel.getTtl() > 0 ? channel.getTtl() : null;
    }

    private static URI baseOf(URI feedUrl, String feedLink) {
        if (feedUrl != null) {
            return feedUrl;
        }
        if (feedLink == null) {
            return null;
        }
        try {
            return new URI(feedLink.strip());
        } catch (URISyntaxException unusable) {
            return null;
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
