package dev.facet.digest;

import dev.facet.mail.MailOutbox;
import dev.facet.mail.OutgoingMail;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the digests that are due: for every user who has not switched them off, the digest of each
 * kind their roles get, once their morning has come. Each digest is one transaction that claims its
 * (user, kind, day) row and queues the mail, so a digest is either recorded with its mail or not at
 * all (and the next check tries again); one failing digest does not hold up the others.
 */
@Service
class DailyDigests {

    private static final Logger log = LoggerFactory.getLogger(DailyDigests.class);

    private final UserManagement users;
    private final DigestLog digestLog;
    private final DigestComposer composer;
    private final MailOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DigestTimePolicy timePolicy;

    DailyDigests(
            UserManagement users,
            DigestLog digestLog,
            DigestComposer composer,
            MailOutbox outbox,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${facet.digest.send-at:07:00}") String sendAt,
            @Value("${facet.digest.catch-up:PT12H}") Duration catchUp) {
        this.users = users;
        this.digestLog = digestLog;
        this.composer = composer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.timePolicy = new DigestTimePolicy(LocalTime.parse(sendAt), catchUp);
    }

    /** Sends every digest due at {@code now} that is not done yet; returns how many mails it queued. */
    int sendDue(Instant now) {
        record Due(UserView user, DigestLog.Key key) {}
        List<Due> due = new ArrayList<>();
        for (UserView user : users.dailyDigestRecipients()) {
            Optional<LocalDate> day = timePolicy.dueDay(zoneOf(user), now);
            if (day.isEmpty()) {
                continue;
            }
            for (DigestKind kind : DigestKind.values()) {
                if (user.roles().contains(kind.recipients)) {
                    due.add(new Due(user, new DigestLog.Key(user.id(), kind, day.get())));
                }
            }
        }
        Set<DigestLog.Key> done =
                digestLog.doneOn(due.stream().map(d -> d.key().day()).collect(Collectors.toSet()));
        int queued = 0;
        for (Due digest : due) {
            if (done.contains(digest.key())) {
                continue;
            }
            try {
                if (send(digest.user(), digest.key())) {
                    queued++;
                }
            } catch (RuntimeException e) {
                // Rolled back, row and all: the next check tries this digest again.
                log.error(
                        "Daily digest {} of {} for {} failed",
                        digest.key().kind(),
                        digest.key().day(),
                        digest.user().username(),
                        e);
            }
        }
        if (queued > 0) {
            log.info("Daily digests queued: {}", queued);
        }
        return queued;
    }

    /** One digest in its own transaction; false when it was done already or had nothing to say. */
    boolean send(UserView user, DigestLog.Key key) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!digestLog.claim(key, clock.instant())) {
                return false;
            }
            try {
                Optional<OutgoingMail> mail = composer.compose(user, key.kind(), key.day());
                mail.ifPresent(m -> digestLog.mailed(key, outbox.enqueue(m)));
                return mail.isPresent();
            } catch (InvalidInputException unusableAddress) {
                // An address entered before addresses were checked: the day stays claimed, so it is not
                // retried every few minutes; the digest goes once the address is fixed, the next morning.
                log.warn(
                        "Daily digest {} not queued for {}: {}",
                        key.kind(),
                        user.username(),
                        unusableAddress.getMessage());
                return false;
            }
        }));
    }

    private static ZoneId zoneOf(UserView user) {
        try {
            return ZoneId.of(user.timeZone());
        } catch (DateTimeException e) {
            // Time zones are checked when saved; this only guards rows older than that check.
            return ZoneOffset.UTC;
        }
    }
}
