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
        this.name = details.name().trim();
        this.email = details.email().trim();
        this.roles = details.roles().isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(details.roles());
    }

    ContactView view() {
        return new ContactView(id, name, email, Set.copyOf(roles));
    }
}
