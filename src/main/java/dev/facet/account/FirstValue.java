package dev.facet.account;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account's First Value Date and how it was set; all null while there is none. {@code setBy} is
 * the user who entered a manual date.
 */
public record FirstValue(
        @Nullable LocalDate date,
        @Nullable FirstValueSource source,
        @Nullable UUID setBy) {

    public static final FirstValue NONE = new FirstValue(null, null, null);

    static FirstValue fromCloudLicense(LocalDate date) {
        return new FirstValue(date, FirstValueSource.CLOUD_LICENSE, null);
    }

    static FirstValue enteredBy(LocalDate date, UUID user) {
        return new FirstValue(date, FirstValueSource.MANUAL, user);
    }

    public boolean isSet() {
        return date != null;
    }
}
