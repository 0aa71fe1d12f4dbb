package io.newswire.alert.mail;

/**
 * An e-mail that did not go out. {@code permanent}: the server refused it for good (5xx), retrying will not help.
 * {@code pastCommitPoint}: the commit point had been reached, so the ledger may already name the mail and must be
 * corrected before a retry.
 */
public final class SendFailure extends Exception {

    private final boolean permanent;
    private final boolean pastCommitPoint;

    public SendFailure(String message, Throwable cause, boolean permanent, boolean pastCommitPoint) {
        super(message, cause);
        this.permanent = permanent;
        this.pastCommitPoint = pastCommitPoint;
    }

    public boolean permanent() {
        return permanent;
    }

    public boolean pastCommitPoint() {
        return pastCommitPoint;
    }
}
