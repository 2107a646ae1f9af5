package dev.facet.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The account list's search and filters; every part is optional. */
public record AccountFilter(
        @Nullable String name,
        @Nullable Segment segment,
        @Nullable Region region,
        @Nullable Gemstone gemstone,
        @Nullable UUID tamId,
        @Nullable LifecycleStage lifecycleStage) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null, null, null);
    }
}
