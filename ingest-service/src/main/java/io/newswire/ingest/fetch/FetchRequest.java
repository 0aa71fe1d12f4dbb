package io.newswire.ingest.fetch;

import java.util.Objects;

/**
 * One fetch. {@code etag} and {@code lastModified} are the validators kept from the last 200 (either may be null);
 * they make the request conditional.
 */
public record FetchRequest(String url, String etag, String lastModified, Kind kind) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    /** What is fetched decides what we say we accept. */
    public enum Kind {
        FEED("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, "
                + "text/xml;q=0.8, */*;q=0.1"),
        ARTICLE("text/html, application/xhtml+xml;q=0.9, */*;q=0.1");

        private final String accept;

        Kind(String accept) {
            this.accept = accept;
        }

        public String accept() {
            return accept;
        }
    }

    public static FetchRequest feed(String url, String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, Kind.FEED);
    }

    public static FetchRequest article(String url) {
        return new FetchRequest(url, null, null, Kind.ARTICLE);
    }
}
