package dev.facet.email.program;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EnablementEmailRepository extends JpaRepository<EnablementEmail, UUID> {

    boolean existsByCtaId(UUID ctaId);

    List<EnablementEmail> findByCtaIdOrderByNumber(UUID ctaId);

    /**
     * The next scheduled email after the cursor that may be due by {@code latest}, not waiting for a
     * contact nor found not yet due until after {@code now}, locked until the caller's transaction ends. SKIP LOCKED lets a TAM's "send now" or a
     * second job run hold one row without stopping the others.
     */
    @Query(value = """
                    select * from enablement_email
                     where status = 'SCHEDULED' and waiting_since is null
                       and scheduled_on <= :latest
                       and (not_before is null or not_before <= :now)
                       and (scheduled_on, id) > (:afterDate, :afterId)
                     order by scheduled_on, id
                     limit 1
                       for update skip locked""", nativeQuery = true)
    Optional<EnablementEmail> lockNextDue(LocalDate latest, Instant now, LocalDate afterDate, UUID afterId);

    /** One email, locked: an action waits for a job run that holds it, then sees what the run did. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EnablementEmail e where e.id = :id")
    Optional<EnablementEmail> lock(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EnablementEmail e where e.ctaId = :ctaId order by e.number")
    List<EnablementEmail> lockOfCta(UUID ctaId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EnablementEmail e where e.mailId = :mailId")
    Optional<EnablementEmail> lockByMail(UUID mailId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select e from EnablementEmail e
             where e.accountId = :accountId
               and e.status = dev.facet.email.program.EnablementEmailStatus.SCHEDULED
               and e.waitingSince is not null
             order by e.ctaId, e.number""")
    List<EnablementEmail> lockWaitingOfAccount(UUID accountId);
}
