package dev.facet.email.program;

import java.util.List;
import java.util.UUID;

/**
 * The enablement emails of one CTA with who they go to now.
 *
 * @param signerName the TAM who signs them (the account's TAM, else the CTA's owner), in cc and reply-to
 * @param adminContacts the account's ADMIN contacts, who receive them; empty means they wait
 * @param mayAct whether the viewer may edit, send, skip and cancel (the CTA's owner, the account's TAM, a manager)
 */
public record EnablementProgramView(
        UUID ctaId,
        UUID accountId,
        boolean publicSector,
        String signerName,
        List<String> adminContacts,
        boolean mayAct,
        List<EnablementEmailView> emails) {

    public EnablementProgramView {
        adminContacts = List.copyOf(adminContacts);
        emails = List.copyOf(emails);
    }

    public boolean anyUnsent() {
        return emails.stream().anyMatch(EnablementEmailView::unsent);
    }
}
