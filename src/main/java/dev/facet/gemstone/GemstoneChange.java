package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of an account's gemstone history, with the facts it was computed from. */
@Entity
@Table(name = "gemstone_history")
class GemstoneChange {

    @Id
    private UUID id;

    private UUID accountId;
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Gemstone previousGemstone;

    @Enumerated(EnumType.STRING)
    private Gemstone gemstone;

    private String reason;
    private int seats;

    @Enumerated(EnumType.STRING)
    private dev.facet.account.ProductTier productTier;

    private BigDecimal totalAccountValue;

    protected GemstoneChange() {}

    GemstoneChange(UUID accountId, @Nullable Gemstone previous, Classification now, GemstoneFacts facts, Instant at) {
        this.id = Ids.newId();
        this.accountId = accountId;
        this.changedAt = at;
        this.previousGemstone = previous;
        this.gemstone = now.gemstone();
        this.reason = now.because();
        this.seats = (int) facts.seats();
        this.productTier = facts.tier();
        this.totalAccountValue = facts.totalAccountValue();
    }

    Gemstone gemstone() {
        return gemstone;
    }

    GemstoneHistoryEntry view() {
        return new GemstoneHistoryEntry(
                changedAt, previousGemstone, gemstone, reason, seats, productTier, totalAccountValue);
    }
}
