package dev.facet.cta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    @Query(
            "select count(c) from Cta c where c.ownerId in :ownerIds and c.closedDate is null and c.snoozedUntil > :today")
    long countSnoozed(java.util.Collection<UUID> ownerIds, LocalDate today);
}
