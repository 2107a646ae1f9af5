package dev.facet.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    Optional<AppUser> findByEmailIgnoreCase(String email);

    @Query(
            "select new dev.facet.security.UserReference(u.id, u.username, u.displayName) from AppUser u where u.id in :ids")
    List<UserReference> findReferences(Collection<UUID> ids);

    @Query("select new dev.facet.security.UserReference(u.id, u.username, u.displayName) from AppUser u"
            + " where u.active = true and u.roles like concat('%', :role, '%') order by u.displayName")
    List<UserReference> findActiveWithRole(String role);

    /** Everyone who reports to the manager, directly or through their reports, active first by name. */
    @Query(value = """
                    with recursive team(id) as (
                        select id from app_user where manager_id = :managerId
                        union
                        select u.id from app_user u join team t on u.manager_id = t.id
                    )
                    select u.id, u.username, u.display_name as "displayName"
                    from app_user u join team t on t.id = u.id
                    where u.active
                    order by lower(u.display_name), u.id""", nativeQuery = true)
    List<TeamMemberRow> findTeamOf(UUID managerId);

    interface TeamMemberRow {
        UUID getId();

        String getUsername();

        String getDisplayName();
    }

    @Query("select u from AppUser u order by u.active desc, lower(u.displayName)")
    Page<AppUser> findAllForAdmin(Pageable pageable);

    @Query(
            "select u from AppUser u where u.active = true and u.weeklyReport = true order by lower(u.displayName), u.id")
    List<AppUser> findWeeklyReportSubscribers();

    @Query("select u from AppUser u where u.active = true and u.dailyDigests = true order by u.id")
    List<AppUser> findDailyDigestRecipients();

    /** Active, deactivated and locked-out users in one statement (a lockout is per typed username). */
    @Query(value = """
                    select count(*) filter (where u.active) as active,
                           count(*) filter (where not u.active) as deactivated,
                           count(*) filter (where u.active and a.locked_until > :now) as locked
                      from app_user u
                      left join login_attempt a on a.username = lower(u.username)""", nativeQuery = true)
    CountsRow counts(Instant now);

    interface CountsRow {
        long getActive();

        long getDeactivated();

        long getLocked();
    }
}
