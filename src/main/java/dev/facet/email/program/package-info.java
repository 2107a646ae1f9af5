/**
 * The enablement email program of each onboarding (DOMAIN 5), from schedule to inbox.
 *
 * <p>When a CTA opens with an onboarding playbook for an account that is not public sector, five
 * emails are scheduled, one every {@code spacingDays} from day 1. A job, every minute, queues the due
 * ones in the mail outbox: rendered at that moment with the account's current TAM (in cc and as
 * reply-to) for every contact labelled {@code ADMIN}, from the Customer Enablement address. While the
 * account has no ADMIN contact a due email waits, and the CTA gets one task asking for a contact; the
 * contact's arrival releases it. The CTA's owner, the account's TAM or a manager may edit, send at
 * once, skip or cancel any email before it goes; a closed CTA cancels what is left.
 *
 * <p><b>Restart safety.</b> Every step is a transaction that moves the email on together with what it
 * causes: an email becomes SENDING in the transaction that writes its outbox mail, and SENT in the
 * transaction that writes its timeline entry. Reactions to events run again after a crash and find
 * the step done. So a restart neither loses a scheduled email nor queues one twice. <b>The one window
 * for a duplicate</b> is in the outbox's sender, not here: when the SMTP server has accepted a mail but
 * the sender crashes before its per-mail commit, the mail is still QUEUED and goes once more on the next
 * run. The sender commits after every single mail, so the window is one mail wide (at most one
 * customer gets one email twice) and lasts only that commit.
 */
@NullMarked
package dev.facet.email.program;

import org.jspecify.annotations.NullMarked;
