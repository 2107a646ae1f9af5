package dev.facet.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    /**
     * The due mails, locked until the sender's transaction ends. SKIP LOCKED lets a second sender
     * (a lock that expired, a manual run) take other mails instead of waiting or sending twice.
     */
    @Query(value = """
                    select * from mail_outbox
                     where status = 'QUEUED' and next_attempt_at <= :now
                     order by next_attempt_at, id
                     limit :limit
                       for update skip locked""", nativeQuery = true)
    List<OutboxMail> lockDue(Instant now, int limit);

    @Query(value = """
                    select new dev.facet.mail.MailSummary(m.id, m.kind, m.toAddresses, m.subject, m.status,
                           m.attempts, m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt)
                      from OutboxMail m
                     order by m.createdAt desc, m.id desc""", countQuery = "select count(m) from OutboxMail m")
    Page<MailSummary> summaries(Pageable pageable);

    @Query(value = """
                    select new dev.facet.mail.MailSummary(m.id, m.kind, m.toAddresses, m.subject, m.status,
                           m.attempts, m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt)
                      from OutboxMail m
                     where m.status = :status
                     order by m.createdAt desc, m.id desc""", countQuery = "select count(m) from OutboxMail m where m.status = :status")
    Page<MailSummary> summaries(MailStatus status, Pageable pageable);

    /** Counts for the admin's home page in one statement. */
    @Query(value = """
                    select count(*) filter (where status = 'QUEUED') as queued,
                           count(*) filter (where status = 'QUEUED' and attempts > 0) as retrying,
                           count(*) filter (where status = 'FAILED') as failed,
                           count(*) filter (where status = 'SENT' and sent_at >= :since) as sent
                      from mail_outbox
                     where status <> 'SENT' or sent_at >= :since""", nativeQuery = true)
    StatusCounts counts(Instant since);

    interface StatusCounts {
        long getQueued();

        long getRetrying();

        long getFailed();

        long getSent();
    }
}
