package dev.facet.account;

/**
 * The outcome of recording a reading: whether it was new, corrected an existing one, or was there
 * already; and the account's First Value Date afterwards.
 */
public record LicenseUsageRecorded(LicenseUsageView reading, Outcome outcome, FirstValue firstValue) {

    public enum Outcome {
        CREATED,
        CORRECTED,
        UNCHANGED
    }
}
