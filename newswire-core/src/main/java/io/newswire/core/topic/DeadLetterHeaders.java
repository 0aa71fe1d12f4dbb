package io.newswire.core.topic;

/** Header names on {@code news.dead-letters} records: why and where a record failed, and which service gave up. */
public final class DeadLetterHeaders {

    public static final String ERROR = "newswire.error";
    public static final String ERROR_CLASS = "newswire.error.class";
    public static final String SOURCE_TOPIC = "newswire.source.topic";
    public static final String SOURCE_PARTITION = "newswire.source.partition";
    public static final String SOURCE_OFFSET = "newswire.source.offset";
    public static final String SERVICE = "newswire.service";

    private DeadLetterHeaders() {
    }
}
