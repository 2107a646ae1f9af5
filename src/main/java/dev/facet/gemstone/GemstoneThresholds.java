package dev.facet.gemstone;

import java.math.BigDecimal;

/** The numbers of the gemstone table; "greater than" is strict for every one of them. */
public record GemstoneThresholds(
        long diamondSeats,
        long diamondTopTierSeats,
        BigDecimal diamondTav,
        long pearlSeats,
        long pearlTopTierSeats,
        BigDecimal pearlTav,
        long sapphireSeats,
        BigDecimal sapphirePremiumTav,
        long rubySeats,
        BigDecimal rubyTav) {

    /** The values of DOMAIN 2, as the migration seeds them. */
    public static GemstoneThresholds handbook() {
        return new GemstoneThresholds(
                5000,
                2000,
                new BigDecimal("500000"),
                2500,
                1000,
                new BigDecimal("250000"),
                1000,
                new BigDecimal("100000"),
                500,
                new BigDecimal("50000"));
    }
}
