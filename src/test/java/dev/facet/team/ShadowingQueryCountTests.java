package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shadowing page costs the same statements for a short log and a long one (many weeks, calls with
 * many colleagues and accounts, meetings, role plays), for the new hire and for their manager.
 */
@ApplicationTest
class ShadowingQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ShadowingManagement shadowing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePageCostsTheSameStatementsForShortAndLongLogs() throws Exception {
        UserView manager = TestData.user(users, Role.MANAGER);
        List<UserView> colleagues =
                List.of(TestData.user(users, Role.TAM), TestData.user(users, Role.TAM), TestData.user(users, Role.TAM));
        List<UUID> accountIds = List.of(account(colleagues.get(0)), account(colleagues.get(1)), account(manager));
        UserView tinyLog = newHire(manager);
        UserView shortLog = newHire(manager);
        UserView longLog = newHire(manager);
        fill(tinyLog, 2, colleagues, manager, accountIds);
        fill(shortLog, 11, colleagues, manager, accountIds);
        fill(longLog, 40, colleagues, manager, accountIds);

        long forShort = statementsFor("/team/shadowing", shortLog);
        long forLong = statementsFor("/team/shadowing", longLog);
        // 17: the running plan's start, from which the weeks are counted as the plan pages count them.
        assertThat(forLong).isEqualTo(forShort).isLessThanOrEqualTo(17);
        assertThat(statementsFor("/team/shadowing?calls=2&meetings=1&rolePlays=1", longLog))
                .isEqualTo(forLong);
        // a list shorter than a page needs no count
        assertThat(statementsFor("/team/shadowing", tinyLog)).isLessThanOrEqualTo(forLong);

        long managerShort = statementsFor("/team/shadowing/" + shortLog.id(), manager);
        long managerLong = statementsFor("/team/shadowing/" + longLog.id(), manager);
        assertThat(managerLong).isEqualTo(managerShort).isLessThanOrEqualTo(17);
    }

    /** Calls over many weeks with several colleagues and accounts, meetings the manager joined, role plays. */
    private void fill(UserView newHire, int count, List<UserView> colleagues, UserView manager, List<UUID> accountIds) {
        CurrentUser me = SignedIn.currentUser(newHire);
        CurrentUser managerMe = SignedIn.currentUser(manager);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            LocalDate date = today.minusDays(i * 3L);
            shadowing.logCall(
                    new ShadowedCallDetails(
                            date,
                            i % 4 == 3 ? null : accountIds.get(i % accountIds.size()),
                            ShadowingStage.values()[i % ShadowingStage.values().length],
                            colleagues.get(i % colleagues.size()).id(),
                            "Call " + i),
                    me);
            shadowing.logCoLedMeeting(
                    newHire.id(),
                    new CoLedMeetingDetails(date, accountIds.get(i % accountIds.size()), "Meeting " + i),
                    managerMe);
            shadowing.logRolePlay(
                    new NewRolePlay(
                            newHire.id(),
                            date,
                            "Role play " + i,
                            colleagues.get(i % colleagues.size()).id(),
                            null),
                    me);
        }
    }

    private long statementsFor(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }

    private UserView newHire(UserView manager) {
        String username = TestData.unique("newhire");
        return users.create(new NewUser(
                username,
                "User " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager.id(),
                "UTC"));
    }

    private UUID account(UserView tam) {
        var details = new AccountDetails(
                "Shadowing Count " + TestData.unique("co"),
                Segment.SMB,
                Region.AMER,
                false,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                10,
                new BigDecimal("5000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        return accounts.upsertFromCrm(TestData.unique("SHQ"), details, tam.username(), List.of())
                .account()
                .id();
    }
}
