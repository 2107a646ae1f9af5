package dev.facet.security;

import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of Facet: who they are, their roles and manager, and their passwords. */
@Service
@Transactional
public class UserManagement {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();
    private final Clock clock;

    UserManagement(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public UserView create(NewUser user) {
        String username = user.username().trim();
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new ConflictException("username", "Username " + username + " is taken");
        }
        requireEmailFree(user.email().trim(), null);
        passwordPolicy.check(username, user.password());
        checkRoles(user.roles());
        checkTimeZone(user.timeZone());
        checkManager(user.managerId(), null);
        var created = new AppUser(
                username,
                user.displayName().trim(),
                user.email().trim(),
                passwordEncoder.encode(user.password()),
                user.roles(),
                user.managerId(),
                user.timeZone(),
                clock.instant());
        return saveAndFlush(created).view();
    }

    public UserView change(UUID id, UserChanges changes) {
        AppUser user = load(id);
        if (user.version() != changes.version()) {
            throw new StaleEditException("User");
        }
        requireEmailFree(changes.email().trim(), id);
        checkRoles(changes.roles());
        checkTimeZone(changes.timeZone());
        checkManager(changes.managerId(), id);
        user.change(
                changes.displayName().trim(),
                changes.email().trim(),
                changes.roles(),
                changes.managerId(),
                changes.timeZone());
        return saveAndFlush(user).view();
    }

    /** One email a user: refused with a field error before the unique index has to say it. */
    private void requireEmailFree(String email, @Nullable UUID self) {
        users.findByEmailIgnoreCase(email)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new ConflictException("email", "Another user has the email " + email);
                });
    }

    /** Two admins saving the same username or email at once: the index decides, and it is a 409, not a 500. */
    private AppUser saveAndFlush(AppUser user) {
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("email", "Another user has this username or email");
        }
    }

    /**
     * Signed-in users change their own time zone, weekly report subscription and daily digests; a
     * change based on an older version is refused as stale.
     */
    public UserView changeProfile(UUID id, ProfileChanges changes) {
        AppUser user = load(id);
        if (user.version() != changes.version()) {
            throw new StaleEditException("Profile");
        }
        checkTimeZone(changes.timeZone());
        user.changeProfile(changes.timeZone(), changes.weeklyReport(), changes.dailyDigests());
        return users.saveAndFlush(user).view();
    }

    public void resetPassword(UUID id, String newPassword) {
        AppUser user = load(id);
        passwordPolicy.check(user.username(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    public void deactivate(UUID id, CurrentUser actor) {
        if (actor.id().equals(id)) {
            throw new InvalidInputException("active", "user.deactivate.self", "You cannot deactivate yourself");
        }
        load(id).deactivate();
    }

    public void reactivate(UUID id) {
        load(id).reactivate();
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    public Optional<UserView> find(UUID id) {
        return users.findById(id).map(AppUser::view);
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::view);
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable pageable) {
        return users.findAllForAdmin(pageable).map(AppUser::view);
    }

    /** Names for many users in one query, for lists that show who owns what. */
    @Transactional(readOnly = true)
    public Map<UUID, UserReference> references(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findReferences(ids).stream().collect(Collectors.toMap(UserReference::id, Function.identity()));
    }

    /** The active people who report to a manager, directly or through their own reports. */
    @Transactional(readOnly = true)
    public List<UserReference> teamOf(UUID managerId) {
        return users.findTeamOf(managerId).stream()
                .map(row -> new UserReference(row.getId(), row.getUsername(), row.getDisplayName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<UserReference> activeWithRole(Role role) {
        return users.findActiveWithRole(role.name());
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** The active users who asked for the weekly onboarding report, by name. */
    @Transactional(readOnly = true)
    public List<UserView> weeklyReportSubscribers() {
        return users.findWeeklyReportSubscribers().stream().map(AppUser::view).toList();
    }

    /** The active users who have not switched the daily reminder digests off. */
    @Transactional(readOnly = true)
    public List<UserView> dailyDigestRecipients() {
        return users.findDailyDigestRecipients().stream().map(AppUser::view).toList();
    }

    /** Active, deactivated and locked-out users, in one query, for the admin's home page. */
    @Transactional(readOnly = true)
    public UserCounts counts() {
        AppUserRepository.CountsRow row = users.counts(clock.instant());
        return new UserCounts(row.getActive(), row.getDeactivated(), row.getLocked());
    }

    private AppUser load(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static void checkRoles(Collection<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "user.roles.required", "A user needs at least one role");
        }
    }

    private static void checkTimeZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "user.timeZone.invalid", "Unknown time zone " + zone);
        }
    }

    private void checkManager(@Nullable UUID managerId, @Nullable UUID self) {
        if (managerId == null) {
            return;
        }
        if (managerId.equals(self)) {
            throw new InvalidInputException("managerId", "user.manager.self", "A user cannot manage themselves");
        }
        AppUser manager = users.findById(managerId)
                .orElseThrow(() -> new InvalidInputException("managerId", "user.manager.unknown", "Unknown manager"));
        if (!manager.roles().contains(Role.MANAGER)) {
            throw new InvalidInputException("managerId", "user.manager.notManager", "That user is not a manager");
        }
    }
}
