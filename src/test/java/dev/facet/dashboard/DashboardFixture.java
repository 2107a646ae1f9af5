package dev.facet.dashboard;

import dev.facet.support.TestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes dashboard test data straight into the tables with explicit dates, so each test knows every
 * metric's days and state by hand (and no trigger rule or reaction adds rows of its own).
 */
public final class DashboardFixture {

    private final JdbcClient jdbc;

    public DashboardFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID account(
            String name,
            String segment,
            String region,
            LocalDate originalContractDate,
            @Nullable LocalDate firstValueDate,
            @Nullable String gemstone,
            @Nullable String sentiment,
            boolean atRisk,
            UUID tamId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into account (id, crm_id, name, segment, region, public_sector, deployment_type,
                            product_tier, seats, arr, original_contract_date, onboarding_pilot, tam_id, lifecycle_stage,
                            sentiment, first_value_date, first_value_source, at_risk, gemstone, created_at, updated_at)
                        values (:id, :crmId, :name, :segment, :region, false, 'SAAS', 'PREMIUM', 100, 60000,
                            :contract, false, :tam, 'ONBOARDING', :sentiment, :firstValue,
                            case when cast(:firstValue as date) is not null then 'MANUAL' end,
                            :atRisk, :gemstone, :now, :now)
                        """)
                .param("id", id)
                .param("crmId", TestData.unique("DASH"))
                .param("name", name)
                .param("segment", segment)
                .param("region", region)
                .param("contract", originalContractDate)
                .param("tam", tamId)
                .param("sentiment", sentiment)
                .param("firstValue", firstValueDate)
                .param("atRisk", atRisk)
                .param("gemstone", gemstone)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public UUID onboarding(UUID accountId, UUID ownerId, LocalDate start, @Nullable LocalDate closed) {
        return cta(accountId, "ONBOARDING", "NEW_CUSTOMER", ownerId, start, start.plusDays(45), closed, null);
    }

    public UUID cta(
            UUID accountId,
            String type,
            String reason,
            UUID ownerId,
            LocalDate start,
            LocalDate due,
            @Nullable LocalDate closed,
            @Nullable LocalDate snoozedUntil) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into cta (id, account_id, type, reason, status, priority, owner_id, start_date, due_date,
                            closed_date, snoozed_until, snooze_reason, source_user_id, created_at, updated_at)
                        values (:id, :account, :type, :reason, :status, 'MEDIUM', :owner, :start, :due, :closed,
                            :snoozed, :snoozeReason, :owner, :now, :now)
                        """)
                .param("id", id)
                .param("account", accountId)
                .param("type", type)
                .param("reason", reason)
                .param("status", closed == null ? "WORK_IN_PROGRESS" : "CLOSED_SUCCESS")
                .param("owner", ownerId)
                .param("start", start)
                .param("due", due)
                .param("closed", closed)
                .param("snoozed", snoozedUntil)
                .param("snoozeReason", snoozedUntil == null ? null : "Customer on holiday")
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public UUID task(UUID ctaId, int position, String title, LocalDate due, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into cta_task (id, cta_id, position, title, description, due_date, status)
                        values (:id, :cta, :position, :title, '', :due, :status)
                        """)
                .param("id", id)
                .param("cta", ctaId)
                .param("position", position)
                .param("title", title)
                .param("due", due)
                .param("status", status)
                .update();
        return id;
    }

    public void timeline(UUID accountId, String type, LocalDate date, UUID authorId) {
        jdbc.sql("""
                        insert into timeline_entry (id, account_id, type, entry_date, author_id, notes, created_at)
                        values (:id, :account, :type, :date, :author, '', :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("account", accountId)
                .param("type", type)
                .param("date", date)
                .param("author", authorId)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }
}
