package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An account was created, or its seats, product tier or Total Account Value changed: the facts a
 * gemstone is computed from.
 */
public record AccountFactsChanged(
        UUID accountId, int seats, ProductTier productTier, BigDecimal totalAccountValue, LocalDate purchaseDate) {}
