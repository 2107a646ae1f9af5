package dev.facet.email;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of the ten enablement email templates (five per variant), seeded by migration, edited by admins. */
@Entity
@Table(name = "email_template")
class EmailTemplate {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private EmailVariant variant;

    private int number;
    private String name;
    private String subject;
    private String body;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private @Nullable Long version;

    protected EmailTemplate() {}

    /** Replaces subject and body; both must be valid templates. */
    void change(String subject, String body, Instant now, String editor) {
        TemplateText.validate("subject", subject);
        TemplateText.validate("body", body);
        this.subject = subject;
        this.body = body;
        this.updatedAt = now;
        this.updatedBy = editor;
    }

    EmailTemplateView view() {
        return new EmailTemplateView(
                id, variant, number, name, subject, body, version == null ? 0 : version, updatedAt, updatedBy);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
