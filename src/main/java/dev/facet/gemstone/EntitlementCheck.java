package dev.facet.gemstone;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** The TAM ticked an entitlement as scheduled for an account. */
@Entity
@Table(name = "gemstone_entitlement_check")
class EntitlementCheck {

    @EmbeddedId
    private Key key;

    private Instant checkedAt;
    private UUID checkedBy;

    protected EntitlementCheck() {}

    EntitlementCheck(UUID accountId, int entitlementId, UUID checkedBy, Instant now) {
        this.key = new Key(accountId, entitlementId);
        this.checkedBy = checkedBy;
        this.checkedAt = now;
    }

    int entitlementId() {
        return key.entitlementId;
    }

    Instant checkedAt() {
        return checkedAt;
    }

    @Embeddable
    record Key(UUID accountId, int entitlementId) implements Serializable {}
}
