package io.newswire.ingest.feed;

/**
 * Bounds that keep one hostile or broken feed from exhausting memory or stack.
 *
 * @param maxBytes     documents larger than this are rejected before decoding
 * @param maxDepth     deepest element nesting accepted (Rome and JDOM recurse over the tree)
 * @param maxTextChars longest single text node accepted, in chars (JDOM buffers each node whole)
 * @param maxEntityExpansionChars total chars that internal-subset entities may expand to in one document
 * @param maxEntries   entries kept per document, in document order (feeds list the newest first); Rome spends
 *                     ~40 µs per entry, mostly in date parsing, so this also bounds the time one feed takes
 */
public record FeedParserLimits(int maxBytes, int maxDepth, int maxTextChars, int maxEntityExpansionChars,
                               int maxEntries) {

    public static FeedParserLimits defaults() {
        return new FeedParserLimits(16 * 1024 * 1024, 200, 4 * 1024 * 1024, 64 * 1024, 1000);
    }

    public FeedParserLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxTextChars <= 0 || maxEntityExpansionChars < 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("feed parser limits must be positive");
        }
    }
}
