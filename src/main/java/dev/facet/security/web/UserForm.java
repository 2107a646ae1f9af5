package dev.facet.security.web;

import dev.facet.security.Role;
import dev.facet.security.UserView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The admin's user form; the password is only used when creating a user. */
public class UserForm {

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.username.pattern}")
    private @Nullable String username;

    @NotBlank
    @Size(max = 200)
    private @Nullable String displayName;

    @NotBlank
    @Email
    @Size(max = 320)
    private @Nullable String email;

    @Size(max = 200)
    private @Nullable String password;

    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private @Nullable UUID managerId;

    @NotBlank
    private String timeZone = "UTC";

    private long version;

    static UserForm of(UserView user) {
        var form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.managerId = user.managerId();
        form.timeZone = user.timeZone();
        form.version = user.version();
        return form;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public @Nullable UUID getManagerId() {
        return managerId;
    }

    public void setManagerId(@Nullable UUID managerId) {
        this.managerId = managerId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
