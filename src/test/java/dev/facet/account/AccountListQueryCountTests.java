package dev.facet.account;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The account list and account page cost the same few statements whatever the number of accounts. */
@ApplicationTest
class AccountListQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listCostsTheSameStatementsForFewAndManyAccounts() throws Exception {
        List<UserView> tams =
                List.of(TestData.user(users, Role.TAM), TestData.user(users, Role.TAM), TestData.user(users, Role.TAM));
        String few = TestData.unique("Few");
        String many = TestData.unique("Many");
        createAccounts(few, 3, tams);
        createAccounts(many, 40, tams);

        long forFew = statementsFor("/accounts?q=" + few, tams.getFirst());
        long forMany = statementsFor("/accounts?q=" + many, tams.getFirst());
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(5);
    }

    @Test
    void accountPageCostsTheSameStatementsWhateverItHolds() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        UUID small = createAccounts(TestData.unique("Small"), 1, List.of(tam)).getFirst();
        UUID big = createAccounts(TestData.unique("Big"), 1, List.of(tam)).getFirst();
        String crmId = accounts.get(big).crmId();
        for (int i = 0; i < 12; i++) {
            accounts.upsertOpportunity(
                    crmId,
                    crmId + "-O" + i,
                    new OpportunityDetails(
                            OpportunityType.ADD_ON, OpportunityStage.DISCOVERY, BigDecimal.TEN, LocalDate.now()));
        }
        assertThat(statementsFor("/accounts/" + big, tam)).isEqualTo(statementsFor("/accounts/" + small, tam));
        assertThat(statementsFor("/accounts/" + big + "/gemstone", tam))
                .isEqualTo(statementsFor("/accounts/" + small + "/gemstone", tam));
    }

    @Test
    void accountPageCostsTheSameStatementsForOneContactAndMany() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        UUID one =
                createAccounts(TestData.unique("OneContact"), 1, List.of(tam)).getFirst();
        UUID many =
                createAccounts(TestData.unique("ManyContacts"), 1, List.of(tam)).getFirst();
        var me = SignedIn.currentUser(tam);
        for (int i = 0; i < 15; i++) {
            accounts.addContact(
                    many,
                    new ContactDetails(
                            "Person " + i,
                            "person" + i + "@many.example",
                            i % 3 == 0 ? java.util.Set.of(ContactRole.TECHNICAL) : java.util.Set.of()),
                    me);
        }
        assertThat(accounts.get(many).contacts()).hasSize(16);
        // the TAM sees the edit controls of every contact: they cost nothing either
        assertThat(statementsFor("/accounts/" + many, tam)).isEqualTo(statementsFor("/accounts/" + one, tam));
        assertThat(statementsFor("/accounts/" + many + "/contacts", tam))
                .isEqualTo(statementsFor("/accounts/" + one + "/contacts", tam));
    }

    private long statementsFor(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc); // the TAM assignments' reactions run in the background
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }

    private List<UUID> createAccounts(String prefix, int count, List<UserView> tams) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> accounts.upsertFromCrm(
                                TestData.unique("QC"),
                                new AccountDetails(
                                        prefix + " " + i,
                                        Segment.SMB,
                                        Region.AMER,
                                        false,
                                        DeploymentType.SAAS,
                                        ProductTier.FREE,
                                        i,
                                        BigDecimal.ONE,
                                        LocalDate.now(),
                                        false,
                                        null,
                                        null),
                                tams.get(i % tams.size()).username(),
                                List.of(new ContactDetails(
                                        "C " + i, "c" + i + "@x.example", java.util.Set.of(ContactRole.ADMIN))))
                        .account()
                        .id())
                .toList();
    }
}
