package dev.facet.account.api;

import dev.facet.account.AccountSummary;
import dev.facet.account.Gemstone;
import dev.facet.account.LifecycleStage;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One account in a page of the API's account list. */
record AccountSummaryResource(
        String crmId,
        String name,
        Segment segment,
        Region region,
        ProductTier productTier,
        int seats,
        BigDecimal arr,
        BigDecimal totalAccountValue,
        @Nullable Gemstone gemstone,
        @Nullable String tam,
        LifecycleStage lifecycleStage) {

    static AccountSummaryResource of(AccountSummary a, @Nullable String tamUsername) {
        return new AccountSummaryResource(
                a.crmId(),
                a.name(),
                a.segment(),
                a.region(),
                a.productTier(),
                a.seats(),
                a.arr(),
                a.totalAccountValue(),
                a.gemstone(),
                tamUsername,
                a.lifecycleStage());
    }
}
