package io.newswire.ingest.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Rome exactly as its documentation suggests ({@code new SyndFeedInput().build(new XmlReader(...))}), no
 * hardening: the baseline {@code parse-feed --rome-defaults} measures {@link FeedParser} against. Not for
 * production use: it has none of the limits.
 */
final class RomeDefaultsBaseline {

    private RomeDefaultsBaseline() {
    }

    static int entryCount(byte[] body, String contentType) throws FeedParseException {
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body))
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            return new SyndFeedInput().build(reader).getEntries().size();
        } catch (IOException | FeedException | RuntimeException | StackOverflowError e) {
            throw new FeedParseException(e.toString(), e);
        }
    }
}
