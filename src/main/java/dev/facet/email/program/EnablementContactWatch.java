package dev.facet.email.program;

import dev.facet.account.AccountContactsChanged;
import dev.facet.account.AccountManagement;
import dev.facet.cta.CtaManagement;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Releases the emails that wait for an ADMIN contact once the account has one: the next run of the
 * sending job takes them, and the CTA's "add an ADMIN contact" task is marked done. Running twice
 * finds nothing waiting the second time.
 */
@Component
class EnablementContactWatch {

    private final EnablementEmailRepository emails;
    private final AccountManagement accounts;
    private final CtaManagement ctas;

    EnablementContactWatch(EnablementEmailRepository emails, AccountManagement accounts, CtaManagement ctas) {
        this.emails = emails;
        this.accounts = accounts;
        this.ctas = ctas;
    }

    @ApplicationModuleListener
    void on(AccountContactsChanged event) {
        if (EnablementRecipients.adminsOf(accounts.get(event.accountId())).isEmpty()) {
            return;
        }
        List<EnablementEmail> waiting = emails.lockWaitingOfAccount(event.accountId());
        waiting.forEach(EnablementEmail::contactAvailable);
        waiting.stream()
                .map(EnablementEmail::ctaId)
                .distinct()
                .forEach(ctaId -> ctas.completeTask(ctaId, EnablementQueue.CONTACT_TASK_TITLE));
    }
}
