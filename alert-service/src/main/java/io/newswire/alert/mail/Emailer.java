package io.newswire.alert.mail;

/**
 * Sends one e-mail. An implementation calls {@code commitPoint} exactly once, at the last moment before the mail
 * can no longer be taken back (for SMTP: before the end-of-data mark), and does not send if it throws; the mailer
 * records the mail in its ledger there.
 */
@FunctionalInterface
public interface Emailer {

    void send(Email email, CommitPoint commitPoint) throws SendFailure;

    @FunctionalInterface
    interface CommitPoint {
        void reached() throws Exception;
    }
}
