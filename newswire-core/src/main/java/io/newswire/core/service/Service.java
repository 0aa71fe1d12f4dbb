package io.newswire.core.service;

/** A running Newswire service: started by its main, or in-process by the local runner and by tests. */
public interface Service extends AutoCloseable {

    /** Blocks until the service stops; false if it stopped because it failed. */
    boolean awaitTermination() throws InterruptedException;

    /** Graceful stop: leave the group, flush, commit. */
    @Override
    void close();
}
