package dev.facet.email;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code email_template_revision}: every saved version of a template, keyed by its
 * version number, the current one included (the migration wrote each seeded template's first).
 */
@Repository
class EmailTemplateRevisions {

    private final JdbcClient jdbc;

    EmailTemplateRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(EmailTemplateRevisionView replaced) {
        jdbc.sql("""
                        insert into email_template_revision (template_id, version, subject, body, saved_at, saved_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        replaced.templateId(),
                        replaced.version(),
                        replaced.subject(),
                        replaced.body(),
                        Timestamp.from(replaced.savedAt()),
                        replaced.savedBy())
                .update();
    }

    /** Newest first, without the texts. */
    Page<EmailTemplateRevisionSummary> summaries(UUID templateId, Pageable pageable) {
        List<EmailTemplateRevisionSummary> rows = jdbc.sql("""
                        select version, saved_at, saved_by
                          from email_template_revision
                         where template_id = ?
                         order by version desc
                         limit ? offset ?""")
                .params(templateId, pageable.getPageSize(), pageable.getOffset())
                .query((rs, n) -> new EmailTemplateRevisionSummary(
                        rs.getLong("version"), rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by")))
                .list();
        long total = jdbc.sql("select count(*) from email_template_revision where template_id = ?")
                .param(templateId)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    Optional<EmailTemplateRevisionView> find(UUID templateId, long version) {
        return jdbc.sql("""
                        select template_id, version, subject, body, saved_at, saved_by
                          from email_template_revision
                         where template_id = ? and version = ?""")
                .params(templateId, version)
                .query((rs, n) -> new EmailTemplateRevisionView(
                        rs.getObject("template_id", UUID.class),
                        rs.getLong("version"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getTimestamp("saved_at").toInstant(),
                        rs.getString("saved_by")))
                .optional();
    }
}
