package dev.facet.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the session remembers of a signed-in user. */
final class FacetPrincipal implements UserDetails {

    private final UUID id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final String timeZone;
    private final boolean enabled;
    private final boolean locked;

    FacetPrincipal(AppUser user, boolean locked) {
        this(
                user.id(),
                user.username(),
                user.displayName(),
                user.passwordHash(),
                user.roles(),
                user.timeZone(),
                user.active(),
                locked);
    }

    FacetPrincipal(
            UUID id,
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            String timeZone,
            boolean enabled,
            boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.timeZone = timeZone;
        this.enabled = enabled;
        this.locked = locked;
    }

    /** The same signed-in user after they changed their profile. */
    FacetPrincipal withTimeZone(String timeZone) {
        return new FacetPrincipal(id, username, displayName, passwordHash, roles, timeZone, enabled, locked);
    }

    CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, roles, ZoneId.of(timeZone));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
