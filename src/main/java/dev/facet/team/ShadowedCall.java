package dev.facet.team;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A call the new hire shadowed, in their own log. */
@Entity
@Table(name = "team_shadowed_call")
class ShadowedCall {

    @Id
    private UUID id;

    private UUID newHireId;
    private LocalDate callDate;
    private @Nullable UUID accountId;

    @Enumerated(EnumType.STRING)
    private ShadowingStage stage;

    private UUID shadowedUserId;
    private String notes;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected ShadowedCall() {}

    ShadowedCall(UUID newHireId, ShadowedCallDetails details, Instant now) {
        this.id = Ids.newId();
        this.newHireId = newHireId;
        this.createdAt = now;
        apply(details);
    }

    void edit(ShadowedCallDetails details) {
        apply(details);
    }

    private void apply(ShadowedCallDetails details) {
        this.callDate = details.date();
        this.accountId = details.accountId();
        this.stage = details.stage();
        this.shadowedUserId = details.shadowedUserId();
        this.notes = details.notes();
    }

    UUID id() {
        return id;
    }

    UUID newHireId() {
        return newHireId;
    }

    @Nullable
    UUID accountId() {
        return accountId;
    }

    UUID shadowedUserId() {
        return shadowedUserId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ShadowedCallView view(People people, AccountNames accounts) {
        return new ShadowedCallView(
                id,
                newHireId,
                callDate,
                accountId,
                accounts.nameOf(accountId),
                stage,
                people.of(shadowedUserId),
                notes,
                version());
    }
}
