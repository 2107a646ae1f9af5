package dev.facet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.dashboard.DashboardFixture;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The time-to-value read model equals its definition (the live view) after every kind of change of
 * the tables it reads, made the way any writer makes them: plain SQL, one row or many at once.
 */
@ApplicationTest
class TimeToValueReadModelTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    TimeToValueRepair repair;

    @Test
    void followsTheOnboardingItsAccountAndItsTimeline() {
        UserView tam = TestData.user(users, Role.TAM);
        UserView other = TestData.user(users, Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                TestData.unique("Model Co"), "SMB", "AMER", DAY.minusDays(20), null, "RUBY", null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), DAY, null);
        UUID activity = fixture.cta(account, "ACTIVITY", "OTHER", tam.id(), DAY, DAY.plusDays(5), null, null);
        assertMatchesTheView(onboarding);
        assertThat(row(activity)).as("only onboardings").isEmpty();

        fixture.timeline(account, "CALL", DAY.plusDays(4), tam.id());
        assertThat(row(onboarding)).containsEntry("engage_days", 4);
        assertMatchesTheView(onboarding);

        jdbc.sql(
                        "update account set segment = 'ENTERPRISE', gemstone = 'DIAMOND', first_value_date = ?, first_value_source = 'MANUAL' where id = ?")
                .params(DAY.plusDays(7), account)
                .update();
        assertThat(row(onboarding)).containsEntry("segment", "ENTERPRISE").containsEntry("first_value_days", 27);
        assertMatchesTheView(onboarding);

        jdbc.sql("update cta set owner_id = ?, status = 'CLOSED_SUCCESS', closed_date = ? where id = ?")
                .params(other.id(), DAY.plusDays(30), onboarding)
                .update();
        assertThat(row(onboarding)).containsEntry("onboard_days", 30).containsEntry("owner_id", other.id());
        assertMatchesTheView(onboarding);

        jdbc.sql("delete from timeline_entry where account_id = ?")
                .params(account)
                .update();
        assertThat(row(onboarding)).containsEntry("engage_days", null);
        assertMatchesTheView(onboarding);

        jdbc.sql("delete from cta where id = ?").params(onboarding).update();
        assertThat(row(onboarding)).isEmpty();
    }

    @Test
    void holdsEveryOnboardingOfTheDatabaseAsTheViewDoes() {
        UserView tam = TestData.user(users, Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        for (int i = 0; i < 3; i++) {
            UUID account = fixture.account(
                    TestData.unique("Many Co"), "SMB", "EMEA", DAY.minusDays(i), null, null, null, false, tam.id());
            fixture.onboarding(account, tam.id(), DAY.plusDays(i), null);
        }
        // A bulk change over every account, as a gemstone reclassification makes, and back.
        jdbc.sql("update account set at_risk = not at_risk").update();
        assertThat(differingRows()).isZero();
        jdbc.sql("update account set at_risk = not at_risk").update();
        assertThat(differingRows()).isZero();
    }

    @Test
    void theRepairJobPutsRightARowLeftBehind() {
        UserView tam = TestData.user(users, Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        UUID account =
                fixture.account(TestData.unique("Repaired Co"), "SMB", "APAC", DAY, null, null, null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), DAY, null);
        fixture.timeline(account, "CALL", DAY.plusDays(2), tam.id());
        // As a race with an unlocked bulk change could leave them.
        jdbc.sql("update onboarding_time_to_value set segment = 'ENTERPRISE', engage_days = 99 where cta_id = ?")
                .params(onboarding)
                .update();
        assertThat(differingRows()).isPositive();

        repair.repair();

        assertThat(differingRows()).isZero();
        assertThat(row(onboarding)).containsEntry("segment", "SMB").containsEntry("engage_days", 2);
    }

    private long differingRows() {
        String columns = "cta_id, account_id, owner_id, start_date, closed_date, original_contract_date,"
                + " first_value_date, first_engagement_date, engage_days, first_value_days, onboard_days, status,"
                + " snoozed_until, due_date, account_name, segment, region, gemstone, sentiment, at_risk";
        return jdbc.sql("select count(*) from ((select " + columns + " from onboarding_time_to_value"
                        + " except select " + columns + " from onboarding_time_to_value_live)"
                        + " union all (select " + columns + " from onboarding_time_to_value_live"
                        + " except select " + columns + " from onboarding_time_to_value)) d")
                .query(Long.class)
                .single();
    }

    private void assertMatchesTheView(UUID cta) {
        List<Map<String, Object>> live = jdbc.sql("select * from onboarding_time_to_value_live where cta_id = ?")
                .params(cta)
                .query()
                .listOfRows();
        assertThat(row(cta)).isNotEmpty().isEqualTo(live.getFirst());
    }

    private Map<String, Object> row(UUID cta) {
        return jdbc
                .sql("select * from onboarding_time_to_value where cta_id = ?")
                .params(cta)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(Map.of());
    }
}
