package dev.facet.assignment;

import dev.facet.account.Gemstone;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account of a TAM's book, as the bulk reassignment lists it. */
public record BookAccount(
        UUID accountId,
        String name,
        Segment segment,
        @Nullable Gemstone gemstone,
        BigDecimal arr,
        long openCtas,
        boolean openOnboarding,
        long bookWeight) {}
