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
        this.id = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.passwordHash = user.passwordHash();
        this.roles = Set.copyOf(user.roles());
        this.timeZone = user.timeZone();
        this.enabled = user.active();
        this.locked = locked;
    }

    CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, roles, ZoneId.of(timeZone));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toSet());
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
