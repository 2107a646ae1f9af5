package dev.facet.account.web;

import dev.facet.account.AccountView;
import dev.facet.account.ContactRole;
import dev.facet.account.ContactView;
import dev.facet.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The account page's contacts panel: the contacts in the account's order, and what the viewer is
 * doing with them. At most one form is open at a time: the add form ({@code adding}) or the edit
 * form in place of one contact ({@code editing}). After a stale edit, {@code saved} is that contact
 * as it was saved meanwhile.
 *
 * @param version the account version the panel was drawn at, which edit and remove forms send back
 * @param notice a message key telling what was just done, or null
 * @param problem a message key for a rejection that belongs to no form, or null
 */
public record ContactsPanel(
        UUID accountId,
        String accountName,
        boolean publicSector,
        long version,
        List<ContactView> contacts,
        boolean mayEdit,
        boolean adding,
        @Nullable UUID editing,
        @Nullable ContactView saved,
        @Nullable String notice,
        @Nullable String problem) {

    static ContactsPanel of(AccountView account, CurrentUser viewer) {
        return new ContactsPanel(
                account.id(),
                account.name(),
                account.publicSector(),
                account.version(),
                account.contacts(),
                account.mayBeWorkedBy(viewer),
                false,
                null,
                null,
                null,
                null);
    }

    ContactsPanel withAddForm() {
        return new ContactsPanel(
                accountId, accountName, publicSector, version, contacts, mayEdit, true, null, null, notice, problem);
    }

    ContactsPanel withEditForm(UUID contactId, @Nullable ContactView savedMeanwhile) {
        return new ContactsPanel(
                accountId,
                accountName,
                publicSector,
                version,
                contacts,
                mayEdit,
                false,
                contactId,
                savedMeanwhile,
                notice,
                problem);
    }

    ContactsPanel withNotice(String messageKey) {
        return new ContactsPanel(
                accountId,
                accountName,
                publicSector,
                version,
                contacts,
                mayEdit,
                adding,
                editing,
                saved,
                messageKey,
                problem);
    }

    ContactsPanel withProblem(String messageKey) {
        return new ContactsPanel(
                accountId,
                accountName,
                publicSector,
                version,
                contacts,
                mayEdit,
                adding,
                editing,
                saved,
                notice,
                messageKey);
    }

    /**
     * Enablement emails go to the contacts labelled ADMIN and wait while there is none; public sector
     * accounts get no enablement emails (DOMAIN 5), so they are not nagged.
     */
    public boolean lacksAdmin() {
        return !publicSector && contacts.stream().noneMatch(c -> c.roles().contains(ContactRole.ADMIN));
    }

    public boolean isEditing(UUID contactId) {
        return contactId.equals(editing);
    }

    public @Nullable ContactView contact(UUID contactId) {
        return contacts.stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElse(null);
    }

    /** Roles in their declared order, for badges and checkboxes. */
    public ContactRole[] roles() {
        return ContactRole.values();
    }
}
