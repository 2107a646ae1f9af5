package dev.facet.account;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * DOMAIN 7: the First Value Date is set by the first cloud-license reading at or above the threshold;
 * where there is no cloud-license data the TAM enters it by hand.
 */
final class FirstValuePolicy {

    /** Why a date entered by hand is refused: the field, the message key and a sentence for the API. */
    record Rejection(String field, String code, String message) {}

    private FirstValuePolicy() {}

    /**
     * The First Value Date after the account's cloud-license data changed. The earliest qualifying
     * reading always wins, so a late-arriving earlier reading moves the date earlier and cloud data
     * replaces a date entered by hand. Without a qualifying reading, a date that cloud data had set
     * goes (its reading was corrected below the threshold), and a date entered by hand stays.
     */
    static FirstValue afterCloudReadings(FirstValue current, @Nullable LocalDate earliestQualifyingReading) {
        if (earliestQualifyingReading != null) {
            return FirstValue.fromCloudLicense(earliestQualifyingReading);
        }
        return current.source() == FirstValueSource.CLOUD_LICENSE ? FirstValue.NONE : current;
    }

    /**
     * A date entered by hand is taken only for an account without cloud-license data, and only between
     * the original contract date (value cannot come before the customer bought) and today.
     */
    static Optional<Rejection> checkManualEntry(
            LocalDate date, LocalDate originalContractDate, LocalDate today, boolean hasCloudReadings) {
        if (hasCloudReadings) {
            return Optional.of(new Rejection(
                    "firstValueDate",
                    "account.firstValue.cloudData",
                    "The account has cloud-license data, which sets the First Value Date"));
        }
        if (date.isAfter(today)) {
            return Optional.of(new Rejection(
                    "firstValueDate", "account.firstValue.future", "The First Value Date may not be in the future"));
        }
        if (date.isBefore(originalContractDate)) {
            return Optional.of(new Rejection(
                    "firstValueDate",
                    "account.firstValue.beforeContract",
                    "The First Value Date may not precede the original contract date " + originalContractDate));
        }
        return Optional.empty();
    }
}
