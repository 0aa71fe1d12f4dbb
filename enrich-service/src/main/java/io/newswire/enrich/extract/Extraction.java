package io.newswire.enrich.extract;

import java.util.Objects;

/**
 * What {@link ArticleExtractor} found on one page. Fields the page does not state are empty strings, never null.
 *
 * @param title         the headline (metadata title, else the first h1)
 * @param body          the clean article text, paragraphs separated by a blank line; empty when there is none
 * @param byline        the author line as the page states it
 * @param publishedTime the publication time as the page states it (usually ISO-8601)
 * @param language      the page's declared language tag (e.g. "en", "pt-BR")
 * @param status        how the extraction went
 * @param reason        a human explanation of the status
 */
public record Extraction(String title, String body, String byline, String publishedTime, String language,
                         Status status, String reason) {

    /** Outcome of one extraction; everything but {@link #OK} explains an empty or partial body. */
    public enum Status {
        /** A body was found in a complete page. */
        OK,
        /** The page was cut (too large, or ended before its closing tags); the body may be partial. */
        TRUNCATED,
        /** Null, empty or blank input. */
        EMPTY_INPUT,
        /** Binary or otherwise non-HTML input. */
        NOT_HTML,
        /** A page without an article body (index, error or link page). */
        NOT_AN_ARTICLE,
        /** The extractor hit an unexpected error; the body is empty. */
        FAILED
    }

    public Extraction {
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        byline = Objects.requireNonNullElse(byline, "");
        publishedTime = Objects.requireNonNullElse(publishedTime, "");
        language = Objects.requireNonNullElse(language, "");
        Objects.requireNonNull(status, "status");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static Extraction rejected(Status status, String reason) {
        return new Extraction("", "", "", "", "", status, reason);
    }
}
