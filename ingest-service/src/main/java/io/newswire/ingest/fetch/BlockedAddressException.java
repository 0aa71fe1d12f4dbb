package io.newswire.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A request would reach an internal address that the allow-list does not name. An {@link UnknownHostException} so
 * that OkHttp, which expects lookups to fail that way, passes it through unchanged.
 */
public final class BlockedAddressException extends UnknownHostException {

    public BlockedAddressException(String message) {
        super(message);
    }
}
