package dev.facet.account.web;

import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.account.ContactView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contact as the add and edit forms hold it. The email's strict check (one bare address, no line
 * break) and the duplicate check are the module's ({@code ContactPolicy}), so the CRM's contacts pass
 * the same rules; the form only catches what is plainly missing or too long. {@code version} is the
 * account version an edit started from.
 */
public class ContactForm {

    @NotBlank(message = "{account.contact.name.required}")
    @Size(max = 200, message = "{account.contact.name.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{account.contact.email.required}")
    @Size(max = 320, message = "{account.contact.email.tooLong}")
    private @Nullable String email;

    private Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);

    private long version;

    static ContactForm of(ContactView contact, long version) {
        var form = new ContactForm();
        form.name = contact.name();
        form.email = contact.email();
        form.roles = contact.roles().isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(contact.roles());
        form.version = version;
        return form;
    }

    ContactDetails details() {
        return new ContactDetails(Objects.requireNonNull(name), Objects.requireNonNull(email), Set.copyOf(roles));
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public Set<ContactRole> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable Set<ContactRole> roles) {
        // An empty checkbox group binds as null (via the "_roles" marker): no roles.
        this.roles = roles == null ? EnumSet.noneOf(ContactRole.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
