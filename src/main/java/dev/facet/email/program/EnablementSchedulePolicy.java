package dev.facet.email.program;

import dev.facet.email.EmailVariant;
import dev.facet.playbook.PlaybookManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * When the five emails of an onboarding go, and in which variant (DOMAIN 5).
 *
 * <p>Day 1 is the onboarding's start date, and email {@code n} goes {@code (n - 1) * spacing} days
 * later. The handbook starts the program "when the onboarding playbook has been created", so an
 * onboarding brought in with a start date in the past starts its program on the day it reaches it:
 * its customer gets email 1 that day and the others at the usual spacing, rather than all the overdue
 * ones at once.
 */
final class EnablementSchedulePolicy {

    static final int EMAILS = 5;

    private EnablementSchedulePolicy() {}

    /** The variant of an onboarding playbook's emails; empty for any other playbook. */
    static Optional<EmailVariant> variantFor(String playbookCode) {
        return switch (playbookCode) {
            case PlaybookManagement.ONBOARDING_SAAS -> Optional.of(EmailVariant.SAAS);
            case PlaybookManagement.ONBOARDING_SELF_MANAGED -> Optional.of(EmailVariant.SELF_MANAGED);
            default -> Optional.empty();
        };
    }

    /** The days of emails 1 to 5, for an onboarding starting {@code start} that the program learns of {@code today}. */
    static List<LocalDate> days(LocalDate start, LocalDate today, int spacingDays) {
        if (spacingDays < 1) {
            throw new IllegalArgumentException("spacing must be at least one day");
        }
        LocalDate dayOne = start.isBefore(today) ? today : start;
        return IntStream.range(0, EMAILS)
                .mapToObj(n -> dayOne.plusDays((long) n * spacingDays))
                .toList();
    }
}
