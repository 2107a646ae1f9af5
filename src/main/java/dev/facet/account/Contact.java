package dev.facet.account;

import dev.facet.shared.Ids;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person at the customer, part of the account aggregate: only {@link Account} creates and changes them. */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private int position;
    private String name;
    private String email;

    @Convert(converter = ContactRoleSetConverter.class)
    private Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);

    protected Contact() {}

    Contact(Account account, int position, ContactDetails details) {
        this.id = Ids.newId();
        this.account = account;
        this.position = position;
        assign(normalize(details));
    }

    /** Takes the new name, email and roles; returns whether any of them differs from before. */
    boolean change(ContactDetails details) {
        ContactDetails normalized = normalize(details);
        if (normalized.equals(details())) {
            return false;
        }
        assign(normalized);
        return true;
    }

    private void assign(ContactDetails normalized) {
        this.name = normalized.name();
        this.email = normalized.email();
        this.roles =
                normalized.roles().isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(normalized.roles());
    }

    /** Contact details as they are stored: name and email trimmed. */
    static ContactDetails normalize(ContactDetails details) {
        return new ContactDetails(details.name().trim(), details.email().trim(), Set.copyOf(details.roles()));
    }

    ContactDetails details() {
        return new ContactDetails(name, email, Set.copyOf(roles));
    }

    UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    String email() {
        return email;
    }

    ContactView view() {
        return new ContactView(id, name, email, Set.copyOf(roles));
    }
}
