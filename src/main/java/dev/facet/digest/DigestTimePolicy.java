package dev.facet.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whose morning it is: a user's digest of a day is due from {@code sendAt} in their time zone until
 * {@code catchUp} later, so a digest whose time passed while the application was down still goes
 * once it is back, but one a whole day late is skipped rather than arriving with stale news. When the
 * clocks skip {@code sendAt} (spring forward), the digest is due as much later as they jumped.
 */
final class DigestTimePolicy {

    private final LocalTime sendAt;
    private final Duration catchUp;

    DigestTimePolicy(LocalTime sendAt, Duration catchUp) {
        if (catchUp.isNegative() || catchUp.isZero() || catchUp.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("The catch-up window must be more than zero and at most a day");
        }
        this.sendAt = sendAt;
        this.catchUp = catchUp;
    }

    /** The local day whose digest is due at {@code now} in {@code zone}, if any. */
    Optional<LocalDate> dueDay(ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // Yesterday's too: with a late send time, the catch-up window can run past midnight.
        for (LocalDate day : new LocalDate[] {today, today.minusDays(1)}) {
            Instant due = day.atTime(sendAt).atZone(zone).toInstant();
            if (!due.isAfter(now)) {
                return now.isBefore(due.plus(catchUp)) ? Optional.of(day) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
