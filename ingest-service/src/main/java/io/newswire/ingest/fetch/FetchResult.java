package io.newswire.ingest.fetch;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;

/**
 * The end of one fetch, whatever happened; {@code detail} says why in words.
 *
 * @param status        the last HTTP status seen, 0 when no response came
 * @param finalUrl      where the body came from after redirects
 * @param permanentUrl  the feed's new address when the redirects that led to a success began with permanent ones
 *                      (301, 308); null otherwise. The poller should store the feed under it.
 * @param body          the decoded (gunzipped, inflated) body of a 2xx, at most the cap; empty otherwise
 * @param contentType   the Content-Type header, null when absent
 * @param etag          the validators to send next time; on a 304 the ones sent, unless the server gave new ones
 * @param hints         Retry-After and cache freshness, for {@link PollSchedule}
 * @param bytesRead     decoded body bytes read, also when the fetch was cut short
 */
public record FetchResult(FetchOutcome outcome, int status, String requestUrl, String finalUrl, String permanentUrl,
                          byte[] body, String contentType, String etag, String lastModified, ServerHints hints,
                          Duration elapsed, long bytesRead, String detail) {

    public boolean permanentlyRedirected() {
        return permanentUrl != null;
    }

    /** The charset named by Content-Type, if any and if this JVM knows it. */
    public Optional<Charset> charset() {
        MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
        return mediaType == null ? Optional.empty() : Optional.ofNullable(mediaType.charset());
    }

    @Override
    public String toString() {
        return "FetchResult[" + outcome + " " + status + " " + finalUrl + ", " + bytesRead + " bytes in "
                + elapsed.toMillis() + " ms" + (detail == null ? "" : ": " + detail) + "]";
    }
}
