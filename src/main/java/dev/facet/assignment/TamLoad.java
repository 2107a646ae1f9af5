package dev.facet.assignment;

import java.util.UUID;

/**
 * A TAM's current load and its parts: {@code openOnboardings × onboardingWeight + bookWeight}, where
 * the book weight sums the gemstone weights of the {@code bookAccounts} accounts they are TAM of.
 * {@code teamMember}: they report to the manager looking; {@code ramping}: they have not graduated from
 * team onboarding, so they rank last and assigning them needs the manager's confirmation.
 */
public record TamLoad(
        UUID tamId,
        String name,
        boolean teamMember,
        long openOnboardings,
        int onboardingWeight,
        long bookAccounts,
        long bookWeight,
        boolean ramping) {

    /** A TAM not (known to be) ramping up, as the loads query reads them. */
    public TamLoad(
            UUID tamId,
            String name,
            boolean teamMember,
            long openOnboardings,
            int onboardingWeight,
            long bookAccounts,
            long bookWeight) {
        this(tamId, name, teamMember, openOnboardings, onboardingWeight, bookAccounts, bookWeight, false);
    }

    /** The same TAM, marked as still ramping up (team onboarding not graduated, DOMAIN 10). */
    TamLoad withRamping(boolean isRamping) {
        return new TamLoad(
                tamId, name, teamMember, openOnboardings, onboardingWeight, bookAccounts, bookWeight, isRamping);
    }

    public long load() {
        return openOnboardings * onboardingWeight + bookWeight;
    }

    /** The same TAM carrying {@code added} more, as after taking an account. */
    TamLoad plus(long addedOnboardings, long addedAccounts, long addedBookWeight) {
        return new TamLoad(
                tamId,
                name,
                teamMember,
                openOnboardings + addedOnboardings,
                onboardingWeight,
                bookAccounts + addedAccounts,
                bookWeight + addedBookWeight,
                ramping);
    }
}
