package dev.facet.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Records use without the version check: parallel requests with one token must not conflict. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(UUID id, Instant at);

    List<ApiToken> findAllByOrderByCreatedAtDesc();

    @Query("select new dev.facet.security.ApiTokenActivity(count(t), max(t.lastUsedAt)) from ApiToken t"
            + " where t.revokedAt is null")
    ApiTokenActivity activity();
}
