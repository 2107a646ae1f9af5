package dev.facet.account.api;

import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A customer contact as the CRM sends it. */
record ContactPayload(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotBlank @Email @Size(max = 320) @Nullable String email,
        @NotNull @Nullable Set<@NotNull ContactRole> roles) {

    @SuppressWarnings("NullAway")
    ContactDetails details() {
        return new ContactDetails(name, email, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    static ContactPayload of(dev.facet.account.ContactView contact) {
        return new ContactPayload(contact.name(), contact.email(), contact.roles());
    }
}
