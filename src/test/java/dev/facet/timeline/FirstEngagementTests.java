package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.dashboard.DashboardFixture;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database keeps each account's first call or meeting with every change of its timeline, whoever
 * writes it (the application, the CRM import, a bulk load): adding, re-dating, retyping, deleting.
 */
@ApplicationTest
class FirstEngagementTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    FirstEngagementRepair repair;

    @Test
    void followsEveryChangeOfTheAccountsCallsAndMeetings() {
        UserView tam = TestData.user(users, Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                TestData.unique("Engaged Co"), "SMB", "AMER", DAY.minusDays(30), null, null, null, false, tam.id());
        assertThat(firstEngagement(account)).isEmpty();

        fixture.timeline(account, "EMAIL", DAY.minusDays(9), tam.id());
        assertThat(firstEngagement(account)).as("an email is no engagement").isEmpty();

        fixture.timeline(account, "MEETING", DAY, tam.id());
        fixture.timeline(account, "CALL", DAY.plusDays(3), tam.id());
        assertThat(firstEngagement(account)).contains(DAY);

        jdbc.sql("update timeline_entry set entry_date = ? where account_id = ? and type = 'CALL'")
                .params(DAY.minusDays(2), account)
                .update();
        assertThat(firstEngagement(account)).as("re-dated earlier").contains(DAY.minusDays(2));

        jdbc.sql("update timeline_entry set type = 'WORKSHOP' where account_id = ? and type = 'CALL'")
                .params(account)
                .update();
        assertThat(firstEngagement(account)).as("a workshop now, not a call").contains(DAY);

        jdbc.sql("delete from timeline_entry where account_id = ? and type = 'MEETING'")
                .params(account)
                .update();
        assertThat(firstEngagement(account)).as("the last meeting deleted").isEmpty();
    }

    @Test
    void aBulkLoadOfManyAccountsIsKeptInOneGo() {
        UserView tam = TestData.user(users, Role.TAM);
        String prefix = TestData.unique("BULKENG");
        jdbc.sql("""
                        insert into account (id, crm_id, name, segment, region, public_sector, deployment_type,
                            product_tier, seats, arr, original_contract_date, onboarding_pilot, tam_id,
                            lifecycle_stage, created_at, updated_at)
                        select gen_random_uuid(), :prefix || '-' || g, 'Bulk ' || g, 'SMB', 'AMER', false, 'SAAS',
                            'PREMIUM', 10, 1000, date '2026-01-01', false, :tam, 'ONBOARDING', now(), now()
                        from generate_series(1, 300) g
                        """).param("prefix", prefix).param("tam", tam.id()).update();
        jdbc.sql("""
                        insert into timeline_entry (id, account_id, type, entry_date, author_id, notes, created_at)
                        select gen_random_uuid(), a.id, case when d % 2 = 0 then 'CALL' else 'WORKSHOP' end,
                            date '2026-02-01' + d, :tam, '', now()
                        from account a cross join generate_series(0, 3) d
                        where a.crm_id like :prefix || '-%'
                        """).param("prefix", prefix).param("tam", tam.id()).update();

        assertThat(jdbc.sql("""
                        select count(*) from account a join account_first_engagement f on f.account_id = a.id
                        where a.crm_id like :prefix || '-%' and f.first_engagement_date = date '2026-02-01'
                        """).param("prefix", prefix).query(Long.class).single())
                .isEqualTo(300);
    }

    @Test
    void theRepairJobPutsRightAFirstEngagementLeftBehind() {
        UserView tam = TestData.user(users, Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        UUID gone = fixture.account(
                TestData.unique("Lost Co"), "SMB", "AMER", DAY.minusDays(30), null, null, null, false, tam.id());
        UUID wrong = fixture.account(
                TestData.unique("Wrong Co"), "SMB", "AMER", DAY.minusDays(30), null, null, null, false, tam.id());
        fixture.timeline(gone, "CALL", DAY, tam.id());
        fixture.timeline(wrong, "MEETING", DAY, tam.id());
        // As a race with an unlocked bulk change could leave them.
        jdbc.sql("delete from account_first_engagement where account_id = ?")
                .params(gone)
                .update();
        jdbc.sql("update account_first_engagement set first_engagement_date = ? where account_id = ?")
                .params(DAY.plusDays(5), wrong)
                .update();

        repair.repair();

        assertThat(firstEngagement(gone)).contains(DAY);
        assertThat(firstEngagement(wrong)).contains(DAY);
    }

    private Optional<LocalDate> firstEngagement(UUID account) {
        return jdbc.sql("select first_engagement_date from account_first_engagement where account_id = ?")
                .params(account)
                .query(LocalDate.class)
                .optional();
    }
}
