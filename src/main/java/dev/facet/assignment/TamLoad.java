package dev.facet.assignment;

import java.util.UUID;

/**
 * A TAM's current load and its parts: {@code openOnboardings × onboardingWeight + bookWeight}, where
 * the book weight sums the gemstone weights of the {@code bookAccounts} accounts they are TAM of.
 * {@code teamMember}: they report to the manager looking.
 */
public record TamLoad(
        UUID tamId,
        String name,
        boolean teamMember,
        long openOnboardings,
        int onboardingWeight,
        long bookAccounts,
        long bookWeight) {

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
                bookWeight + addedBookWeight);
    }
}
