package dev.facet.account;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account's ARR changed: a purchase or upgrade when it grew. {@code previousArr} is null for an
 * account the CRM just created.
 */
public record AccountArrChanged(UUID accountId, @Nullable BigDecimal previousArr, BigDecimal arr) {

    public boolean grew() {
        return previousArr == null || arr.compareTo(previousArr) > 0;
    }
}
