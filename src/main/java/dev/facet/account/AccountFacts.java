package dev.facet.account;

import java.math.BigDecimal;
import java.util.UUID;

/** The facts a gemstone is computed from, for one account. */
public record AccountFacts(UUID accountId, int seats, ProductTier productTier, BigDecimal totalAccountValue) {}
