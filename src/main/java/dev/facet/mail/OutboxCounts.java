package dev.facet.mail;

/**
 * The outbox at a glance, for the admin's home page.
 *
 * @param queued mails waiting to be sent (due or waiting for a retry)
 * @param retrying queued mails that failed at least once
 * @param failed mails that will not be sent unless an admin queues them again
 * @param sentToday mails sent in the last 24 hours
 * @param smtpConfigured false when no SMTP server is set, so queued mails wait
 */
public record OutboxCounts(long queued, long retrying, long failed, long sentToday, boolean smtpConfigured) {

    /** Mails that should have gone and have not: the admin's cue to look at the outbox. */
    public boolean needsAttention() {
        return failed > 0 || retrying > 0 || (queued > 0 && !smtpConfigured);
    }
}
