package dev.facet.gemstone;

import dev.facet.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * Thresholds an admin may save: none negative, and each gemstone's bar no lower than the bar of the
 * gemstone below it, so the table still reads from the top down.
 */
final class ThresholdsPolicy {

    private ThresholdsPolicy() {}

    static void check(GemstoneThresholds t) {
        atLeast("rubySeats", t.rubySeats(), 0);
        atLeast("sapphireSeats", t.sapphireSeats(), t.rubySeats());
        atLeast("pearlSeats", t.pearlSeats(), t.sapphireSeats());
        atLeast("diamondSeats", t.diamondSeats(), t.pearlSeats());
        atLeast("pearlTopTierSeats", t.pearlTopTierSeats(), 0);
        atLeast("diamondTopTierSeats", t.diamondTopTierSeats(), t.pearlTopTierSeats());
        atLeast("rubyTav", t.rubyTav(), BigDecimal.ZERO);
        atLeast("sapphirePremiumTav", t.sapphirePremiumTav(), BigDecimal.ZERO);
        atLeast("pearlTav", t.pearlTav(), t.rubyTav());
        atLeast("diamondTav", t.diamondTav(), t.pearlTav());
    }

    private static void atLeast(String field, long value, long floor) {
        if (value < floor) {
            throw new InvalidInputException(field, "gemstone.threshold.order", field + " must be at least " + floor);
        }
    }

    private static void atLeast(String field, BigDecimal value, BigDecimal floor) {
        if (value.compareTo(floor) < 0) {
            throw new InvalidInputException(field, "gemstone.threshold.order", field + " must be at least " + floor);
        }
    }
}
