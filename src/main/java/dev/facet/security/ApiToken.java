package dev.facet.security;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A credential for an integration; only the SHA-256 of its value is kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    private UUID id;

    private String name;
    private String tokenPrefix;
    private String tokenHash;
    private @Nullable UUID createdBy;
    private Instant createdAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    @Version
    private @Nullable Long version;

    protected ApiToken() {}

    ApiToken(String name, String tokenPrefix, String tokenHash, @Nullable UUID createdBy, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    UUID id() {
        return id;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, tokenPrefix, createdAt, lastUsedAt, revokedAt);
    }
}
