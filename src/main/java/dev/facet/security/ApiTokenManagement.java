package dev.facet.security;

import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations. A token is 32 random bytes; it is stored as its SHA-256 (a fast hash
 * is enough for a high-entropy secret, unlike a password), so a leaked database leaks no token.
 */
@Service
@Transactional
public class ApiTokenManagement {

    static final String PREFIX = "facet_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenManagement(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public IssuedApiToken issue(String name, @Nullable UUID issuedBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return register(name, PREFIX + HexFormat.of().formatHex(secret), issuedBy);
    }

    /**
     * Registers a token whose value is chosen by the caller: only the demo profile does this, so
     * that the README's curl example works on a fresh run.
     */
    public IssuedApiToken register(String name, String value, @Nullable UUID issuedBy) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "apiToken.name.required", "A token needs a name");
        }
        var token = new ApiToken(
                name.trim(),
                value.substring(0, Math.min(12, value.length())),
                sha256(value),
                issuedBy,
                clock.instant());
        return new IssuedApiToken(tokens.save(token).view(), value);
    }

    public void revoke(UUID id) {
        tokens.findById(id)
                .orElseThrow(() -> new NotFoundException("API token", id))
                .revoke(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list() {
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(ApiToken::view)
                .toList();
    }

    /** How many tokens are active and when one was last used, in one query. */
    @Transactional(readOnly = true)
    public ApiTokenActivity activity() {
        return tokens.activity();
    }

    /** The token's id when the value belongs to an active token. */
    Optional<UUID> authenticate(String value) {
        return tokens.findByTokenHash(sha256(value)).filter(ApiToken::isActive).map(token -> {
            tokens.markUsed(token.id(), clock.instant());
            return token.id();
        });
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
