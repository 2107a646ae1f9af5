package dev.facet.account;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What recording readings and entering a First Value Date need of an account, without loading it. */
record FirstValueFacts(
        UUID id,
        String crmId,
        String name,
        @Nullable UUID tamId,
        LocalDate originalContractDate,
        @Nullable LocalDate firstValueDate,
        @Nullable FirstValueSource firstValueSource,
        @Nullable UUID firstValueSetBy) {

    FirstValue firstValue() {
        return new FirstValue(firstValueDate, firstValueSource, firstValueSetBy);
    }
}
