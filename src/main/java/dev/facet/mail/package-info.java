/**
 * Outgoing mail through an outbox. A module that wants a mail sent calls {@link
 * dev.facet.mail.MailOutbox#enqueue} inside the transaction of the change that causes it, so the mail
 * and the change commit or roll back together. A scheduled sender, one instance of the cluster at a
 * time, delivers due mails through SMTP ({@code spring.mail.*}), records every attempt and retries
 * with a growing delay; without an SMTP server the mails wait, visible to admins on the outbox page.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package dev.facet.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
