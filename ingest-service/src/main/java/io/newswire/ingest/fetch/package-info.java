/**
 * Polite, hardened HTTP for feeds and article pages.
 *
 * <p>How the poller uses it: one {@link io.newswire.ingest.fetch.HttpFetcher} for the service;
 * {@code fetch(FetchRequest.feed(url, state.etag(), state.lastModified()))} gives a
 * {@link io.newswire.ingest.fetch.FetchResult} whose outcome says what to do (NOT_MODIFIED: skip parsing; OK: parse
 * {@code body()} with {@code contentType()}; anything else: count a failure), whose {@code etag()} and
 * {@code lastModified()} are stored as they are, and whose {@code permanentUrl()} is the feed's new address after a
 * permanent redirect. {@link io.newswire.ingest.fetch.PollSchedule} turns the result into the next poll time; article
 * pages go through {@code FetchRequest.article(link)} and {@link io.newswire.ingest.fetch.HtmlDecoder}.
 *
 * <p>What protects the service and the servers it reads: the {@link io.newswire.ingest.fetch.AddressGuard} (no
 * internal addresses unless allow-listed, checked per hop, at lookup and on the connected address), the
 * {@link io.newswire.ingest.fetch.HostLimiter} (concurrency and spacing per host), timeouts and a deadline per fetch,
 * and a body cap enforced on decoded bytes while streaming.
 */
package io.newswire.ingest.fetch;
