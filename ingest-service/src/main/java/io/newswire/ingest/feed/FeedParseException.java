package io.newswire.ingest.feed;

/**
 * A feed document that could not be turned into entries. The message is a single line meant for logs, feed state
 * and the {@code parse-feed} report; one bad feed must never stop the poller, so every failure inside the XML
 * parser or Rome ends up here.
 */
public class FeedParseException extends Exception {

    public FeedParseException(String reason) {
        super(oneLine(reason));
    }

    public FeedParseException(String reason, Throwable cause) {
        super(oneLine(reason), cause);
    }

    private static String oneLine(String reason) {
        String text = reason == null || reason.isBlank() ? "unknown parse failure" : reason;
        return text.replaceAll("\\s+", " ").strip();
    }
}
