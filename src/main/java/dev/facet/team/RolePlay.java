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

/**
 * A role play of the new hire's and the feedback on it. The new hire or the giver logs it; the new hire
 * and the giver both keep its date and topic right, and only the giver writes the feedback.
 */
@Entity
@Table(name = "team_role_play")
class RolePlay {

    @Id
    private UUID id;

    private UUID newHireId;
    private UUID giverId;

    @Enumerated(EnumType.STRING)
    private FeedbackGiverRole giverRole;

    private UUID loggedById;
    private LocalDate rolePlayDate;
    private String topic;
    private @Nullable String feedback;
    private @Nullable Instant feedbackAt;
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected RolePlay() {}

    RolePlay(NewRolePlay rolePlay, FeedbackGiverRole giverRole, UUID loggedById, Instant now) {
        this.id = Ids.newId();
        this.newHireId = rolePlay.newHireId();
        this.giverId = rolePlay.giverId();
        this.giverRole = giverRole;
        this.loggedById = loggedById;
        this.rolePlayDate = rolePlay.date();
        this.topic = rolePlay.topic();
        this.createdAt = now;
        giveFeedback(rolePlay.feedback(), now);
    }

    void reschedule(LocalDate date, String topic) {
        this.rolePlayDate = date;
        this.topic = topic;
    }

    /** Blank feedback takes it back: the role play waits for feedback again. */
    void giveFeedback(@Nullable String text, Instant now) {
        String given = text == null || text.isBlank() ? null : text;
        if (given == null) {
            this.feedback = null;
            this.feedbackAt = null;
        } else if (!given.equals(feedback)) {
            this.feedback = given;
            this.feedbackAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID newHireId() {
        return newHireId;
    }

    UUID giverId() {
        return giverId;
    }

    UUID loggedById() {
        return loggedById;
    }

    long version() {
        return version == null ? 0 : version;
    }

    RolePlayView view(People people) {
        return new RolePlayView(
                id,
                newHireId,
                rolePlayDate,
                topic,
                people.of(giverId),
                giverRole,
                loggedById,
                feedback,
                feedbackAt,
                version());
    }
}
