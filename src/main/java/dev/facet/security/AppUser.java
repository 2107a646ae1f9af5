package dev.facet.security;

import dev.facet.shared.Ids;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    private UUID id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;

    @Convert(converter = RoleSetConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private @Nullable UUID managerId;
    private String timeZone;
    private boolean active;
    private boolean weeklyReport;
    private boolean dailyDigests = true;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected AppUser() {}

    AppUser(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            @Nullable UUID managerId,
            String timeZone,
            Instant now) {
        this.id = Ids.newId();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.managerId = managerId;
        this.timeZone = timeZone;
        this.active = true;
        this.createdAt = now;
    }

    void change(String displayName, String email, Set<Role> roles, @Nullable UUID managerId, String timeZone) {
        this.displayName = displayName;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.managerId = managerId;
        this.timeZone = timeZone;
    }

    /** What users change about themselves on their profile page. */
    void changeProfile(String timeZone, boolean weeklyReport, boolean dailyDigests) {
        this.timeZone = timeZone;
        this.weeklyReport = weeklyReport;
        this.dailyDigests = dailyDigests;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    UserView view() {
        return new UserView(
                id,
                username,
                displayName,
                email,
                Set.copyOf(roles),
                managerId,
                timeZone,
                active,
                weeklyReport,
                dailyDigests,
                version());
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Set<Role> roles() {
        return roles;
    }

    String timeZone() {
        return timeZone;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
