package io.newswire.ingest.fetch;

/** How a fetch ended. Every HTTP or network failure is one of these, never an exception. */
public enum FetchOutcome {
    /** 2xx: the body is there. */
    OK,
    /** 304: unchanged since the validators sent, nothing to parse. */
    NOT_MODIFIED,
    /** 429. */
    RATE_LIMITED,
    /** 5xx. */
    SERVER_ERROR,
    /** 4xx other than 429, or a status we cannot act on. */
    CLIENT_ERROR,
    /** Too many hops, or a redirect without a usable Location. */
    REDIRECT_ERROR,
    /** Connect or read timeout, or the whole fetch passed its deadline. */
    TIMEOUT,
    /** The body, as decoded, is larger than the cap. */
    TOO_LARGE,
    /** A Content-Encoding we did not ask for and cannot decode. */
    UNDECODABLE,
    /** The URL or a redirect leads to an internal address that is not allow-listed. */
    BLOCKED_ADDRESS,
    /** Not an http(s) URL. */
    INVALID_URL,
    /** Unknown host, refused or reset connection, TLS failure. */
    NETWORK_ERROR,
    /** The fetching thread was interrupted (shutdown): not the feed's fault, so not a failure. */
    INTERRUPTED,
    /**
     * Nothing was sent: the host's politeness limits allow no request now. A feed poll does not wait for its host
     * (the worker takes another feed meanwhile); not a failure.
     */
    HOST_BUSY;

    public boolean isSuccess() {
        return this == OK || this == NOT_MODIFIED;
    }

    /** Counts towards a feed's consecutive failures and backoff. */
    public boolean isFailure() {
        return !isSuccess() && this != INTERRUPTED && this != HOST_BUSY;
    }
}
