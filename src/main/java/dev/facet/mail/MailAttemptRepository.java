package dev.facet.mail;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailAttemptRepository extends JpaRepository<MailAttempt, UUID> {

    @Query("select a from MailAttempt a where a.mailId = :mailId order by a.attemptedAt, a.id")
    List<MailAttempt> findByMail(UUID mailId);
}
