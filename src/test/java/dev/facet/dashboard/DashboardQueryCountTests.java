package dev.facet.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A dashboard costs the same few statements for 10 accounts as for 1,000. Its own context, because
 * a thousand onboardings of one TAM would weigh on other tests' workload figures.
 */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=dashboard")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    UserView few;
    UserView many;

    @BeforeAll
    void createAccounts() {
        LocalDate today = LocalDate.now(clock);
        few = TestData.user(users, Role.TAM);
        many = TestData.user(users, Role.TAM);
        onboardings(few, 10, today);
        onboardings(many, 1000, today);
        // As autovacuum would after a bulk load: the planner needs to know the tables grew.
        jdbc.sql("analyze account, cta, cta_task, timeline_entry").update();
    }

    @Test
    void tamDashboardCostsTheSameStatementsForTenAndAThousandAccounts() throws Exception {
        long forFew = statementsFor("/dashboard", few);
        long forMany = statementsFor("/dashboard", many);
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(4);
    }

    @Test
    void onboardingDashboardCostsTheSameStatementsForTenAndAThousandAccounts() throws Exception {
        long forFew = statementsFor("/onboarding?tam=" + few.id(), few);
        long forMany = statementsFor("/onboarding?tam=" + many.id(), many);
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(8);
        assertThat(statementsFor("/onboarding/accounts?tam=" + many.id(), many))
                .isEqualTo(statementsFor("/onboarding/accounts?tam=" + few.id(), few));
    }

    private long statementsFor(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        long started = System.nanoTime();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        long count = StatementCounter.onThisThread() - before;
        System.out.printf(
                "dashboard %s: %d statements, %d ms%n", path, count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    /**
     * {@code count} accounts in onboarding for one TAM, in a handful of set-based statements: start
     * dates spread over 18 months, every other one engaged, every third with a first value, every
     * fourth closed, three tasks each around today.
     */
    private void onboardings(UserView tam, int count, LocalDate today) {
        String prefix = TestData.unique("BULK");
        jdbc.sql("""
                        insert into account (id, crm_id, name, segment, region, public_sector, deployment_type,
                            product_tier, seats, arr, original_contract_date, onboarding_pilot, tam_id, lifecycle_stage,
                            sentiment, first_value_date, first_value_source, at_risk, gemstone, created_at, updated_at)
                        select gen_random_uuid(), :prefix || '-' || g, 'Bulk ' || :prefix || ' ' || g,
                            (array['ENTERPRISE','MID_MARKET','SMB'])[1 + g % 3], (array['AMER','EMEA','APAC'])[1 + g % 3],
                            false, 'SAAS', 'PREMIUM', 100, 60000, cast(:today as date) - (g % 540) - 5, false, :tam,
                            'ONBOARDING', (array['GREEN','YELLOW','RED'])[1 + g % 3],
                            case when g % 3 = 0 then cast(:today as date) - (g % 540) + 20 end,
                            case when g % 3 = 0 then 'MANUAL' end, g % 7 = 0,
                            (array['DIAMOND','PEARL','SAPPHIRE','RUBY','QUARTZ'])[1 + g % 5], now(), now()
                        from generate_series(1, :count) g
                        """)
                .param("prefix", prefix)
                .param("today", today)
                .param("tam", tam.id())
                .param("count", count)
                .update();
        jdbc.sql("""
                        insert into cta (id, account_id, type, reason, status, priority, owner_id, start_date, due_date,
                            closed_date, source_user_id, created_at, updated_at)
                        select gen_random_uuid(), a.id, 'ONBOARDING', 'NEW_CUSTOMER',
                            case when right(a.crm_id, 1) in ('0', '4', '8') then 'CLOSED_SUCCESS'
                                 else 'WORK_IN_PROGRESS' end, 'MEDIUM', :tam,
                            a.original_contract_date, a.original_contract_date + 45,
                            case when right(a.crm_id, 1) in ('0', '4', '8')
                                 then least(a.original_contract_date + 40, cast(:today as date)) end,
                            :tam, now(), now()
                        from account a where a.crm_id like :prefix || '-%'
                        """)
                .param("prefix", prefix)
                .param("today", today)
                .param("tam", tam.id())
                .update();
        jdbc.sql("""
                        insert into cta_task (id, cta_id, position, title, description, due_date, status)
                        select gen_random_uuid(), c.id, p, 'Task ' || p, '', cast(:today as date) + (p * 3 - 5), 'OPEN'
                        from cta c cross join generate_series(1, 3) p
                        where c.owner_id = :tam
                        """).param("today", today).param("tam", tam.id()).update();
        jdbc.sql("""
                        insert into timeline_entry (id, account_id, type, entry_date, author_id, notes, created_at)
                        select gen_random_uuid(), a.id, 'CALL', a.original_contract_date + 7, :tam, '', now()
                        from account a where a.crm_id like :prefix || '-%' and right(a.crm_id, 1) in ('1', '3', '5', '7', '9')
                        """).param("prefix", prefix).param("tam", tam.id()).update();
    }
}
