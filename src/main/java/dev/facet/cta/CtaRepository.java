package dev.facet.cta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CtaRepository extends JpaRepository<Cta, UUID> {

    /**
     * Serializes everything that opens or hands over CTAs of one account until the transaction ends
     * (lock class 2: CTAs by account), so concurrent triggers see each other's work.
     */
    @Query(
            value = "select count(*) from (select pg_advisory_xact_lock(2, hashtext(cast(:accountId as text)))) locked",
            nativeQuery = true)
    long lockAccount(UUID accountId);

    @Query("select c from Cta c where c.accountId = :accountId and c.type = :type and c.closedDate is null")
    Optional<Cta> findOpen(UUID accountId, CtaType type);

    boolean existsByAccountIdAndTypeAndReasonAndClosedDateIsNull(UUID accountId, CtaType type, CtaReason reason);

    boolean existsByAccountIdAndTypeAndClosedDateIsNull(UUID accountId, CtaType type);

    @Query("select c from Cta c where c.accountId = :accountId and c.closedDate is null and c.ownerId = :ownerId")
    List<Cta> findOpenOwnedBy(UUID accountId, UUID ownerId);

    boolean existsByAccountIdAndTypeAndClosedDateIsNotNull(UUID accountId, CtaType type);

    @Query(
            "select c from Cta c where c.accountId = :accountId order by c.closedDate desc nulls first, c.startDate desc")
    List<Cta> findByAccount(UUID accountId);

    /**
     * The cockpit: one owner's CTAs, those with overdue or soon-due open tasks first, then by due
     * date. {@code status} null means every open CTA; snoozed ones only when asked for.
     */
    @Query(value = """
                    select c from Cta c
                    where c.ownerId = :ownerId
                      and (:type is null or c.type = :type)
                      and ((:status is null and c.closedDate is null) or c.status = :status)
                      and (:withSnoozed = true or c.snoozedUntil is null or c.snoozedUntil <= :today)
                    order by case when exists (select t from CtaTask t where t.cta = c
                                  and t.status = dev.facet.cta.TaskStatus.OPEN and t.dueDate <= :weekEnd)
                             then 0 else 1 end,
                             c.dueDate, c.id
                    """, countQuery = """
                    select count(c) from Cta c
                    where c.ownerId = :ownerId
                      and (:type is null or c.type = :type)
                      and ((:status is null and c.closedDate is null) or c.status = :status)
                      and (:withSnoozed = true or c.snoozedUntil is null or c.snoozedUntil <= :today)
                    """)
    Page<Cta> findCockpit(
            UUID ownerId,
            @Nullable CtaType type,
            @Nullable CtaStatus status,
            boolean withSnoozed,
            LocalDate today,
            LocalDate weekEnd,
            Pageable pageable);

    @Query("select count(c) from Cta c where c.ownerId = :ownerId and c.closedDate is null and c.snoozedUntil > :today")
    long countSnoozed(UUID ownerId, LocalDate today);
}
