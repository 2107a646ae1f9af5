package dev.facet.email;

/**
 * The program's settings, edited by admins.
 *
 * @param spacingDays days between two emails of an account; the first goes on the onboarding's start date
 * @param fromAddress the generic Customer Enablement sender, e.g. {@code Customer Enablement <enablement@example.com>}
 * @param version for the stale-edit check
 */
public record EmailProgramSettings(int spacingDays, String fromAddress, long version) {

    public static final int MIN_SPACING_DAYS = 1;
    public static final int MAX_SPACING_DAYS = 60;
}
