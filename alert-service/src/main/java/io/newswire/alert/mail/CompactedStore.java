package io.newswire.alert.mail;

import java.util.Collection;

/**
 * The latest value per key of a compacted topic that the mailer both reads and writes (the mail ledger, the digest
 * buffer). A write returns once it is durable, and counts at once for {@link #contains} and {@link #values}.
 */
interface CompactedStore<V> {

    /** Reads everything written up to now, by this process or another. */
    void catchUp();

    boolean contains(String key);

    Collection<V> values();

    int size();

    void put(String key, V value);

    void remove(String key);
}
