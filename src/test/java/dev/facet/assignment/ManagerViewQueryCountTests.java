package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The manager view costs the same statements for a short queue and small team as for long and big ones. */
@ApplicationTest
class ManagerViewQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theManagerViewCostsTheSameStatementsForFewAndManyItems() throws Exception {
        ManagerFixtures fixtures = new ManagerFixtures(users, accounts, ctas);
        UserView few = fixtures.manager();
        UserView many = fixtures.manager();
        UserView fewTam = fixtures.tam(few);
        fixtures.onboardingAccount(TestData.unique("Few book"), fewTam);
        fixtures.waitingItem(TestData.unique("Few"), few);
        for (int i = 0; i < 4; i++) {
            UserView tam = fixtures.tam(many);
            fixtures.onboardingAccount(TestData.unique("Many book"), tam);
            fixtures.onboardingAccount(TestData.unique("Many book"), tam);
        }
        for (int i = 0; i < 24; i++) {
            fixtures.waitingItem(TestData.unique("Many"), many);
        }

        long forFew = statementsFor("/manager?from=" + fewTam.id(), few);
        long forMany = statementsFor("/manager?from=" + fewTam.id(), many);

        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(8);
    }

    private long statementsFor(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }
}
