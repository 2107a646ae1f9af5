package dev.facet.account.api;

import dev.facet.account.FirstValueSource;
import dev.facet.account.LicenseUsageRecorded;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a reading: the stored reading, what happened to it ({@code CREATED}, {@code CORRECTED}
 * or {@code UNCHANGED}) and the account's First Value Date afterwards.
 */
record LicenseUsageRecordedResource(
        LicenseUsageResource reading,
        LicenseUsageRecorded.Outcome outcome,
        @Nullable LocalDate firstValueDate,
        @Nullable FirstValueSource firstValueSource) {

    static LicenseUsageRecordedResource of(LicenseUsageRecorded recorded) {
        return new LicenseUsageRecordedResource(
                LicenseUsageResource.of(recorded.reading()),
                recorded.outcome(),
                recorded.firstValue().date(),
                recorded.firstValue().source());
    }
}
