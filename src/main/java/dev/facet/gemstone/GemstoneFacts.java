package dev.facet.gemstone;

import dev.facet.account.ProductTier;
import java.math.BigDecimal;

/** Everything a gemstone depends on. */
public record GemstoneFacts(long seats, ProductTier tier, BigDecimal totalAccountValue) {}
