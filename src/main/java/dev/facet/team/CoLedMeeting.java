package dev.facet.team;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer meeting the new hire led and a colleague (the buddy, usually) joined, logged by that colleague. */
@Entity
@Table(name = "team_co_led_meeting")
class CoLedMeeting {

    @Id
    private UUID id;

    private UUID newHireId;
    private UUID joinedById;
    private LocalDate meetingDate;
    private UUID accountId;
    private String notes;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected CoLedMeeting() {}

    CoLedMeeting(UUID newHireId, UUID joinedById, CoLedMeetingDetails details, Instant now) {
        this.id = Ids.newId();
        this.newHireId = newHireId;
        this.joinedById = joinedById;
        this.createdAt = now;
        apply(details);
    }

    void edit(CoLedMeetingDetails details) {
        apply(details);
    }

    private void apply(CoLedMeetingDetails details) {
        this.meetingDate = details.date();
        this.accountId = details.accountId();
        this.notes = details.notes();
    }

    UUID id() {
        return id;
    }

    UUID newHireId() {
        return newHireId;
    }

    UUID joinedById() {
        return joinedById;
    }

    UUID accountId() {
        return accountId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    CoLedMeetingView view(People people, AccountNames accounts) {
        return new CoLedMeetingView(
                id,
                newHireId,
                meetingDate,
                accountId,
                accounts.nameOf(accountId),
                people.of(joinedById),
                notes,
                version());
    }
}
