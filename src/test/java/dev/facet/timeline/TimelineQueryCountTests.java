package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
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

/**
 * The timeline panel costs the same statements for an account with a few entries and with many, each
 * with its own authors, editors, attendees and earlier versions.
 */
@ApplicationTest
class TimelineQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePanelCostsTheSameStatementsForFewAndManyEntries() throws Exception {
        UserView tam = TestData.user(users, Role.TAM);
        UserView manager = TestData.user(users, Role.MANAGER);
        List<UserView> authors = List.of(tam, TestData.user(users, Role.TAM), TestData.user(users, Role.TAM));
        UUID few = account(tam);
        UUID many = account(tam);
        fill(few, 3, authors, manager);
        fill(many, 60, authors, manager);

        long forFew = statementsFor("/accounts/" + few + "/timeline", tam);
        long forMany = statementsFor("/accounts/" + many + "/timeline", tam);
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(8);
        assertThat(statementsFor("/accounts/" + many + "/timeline?page=3", tam)).isEqualTo(forMany);
    }

    /** Entries by several authors, every other one edited twice by a manager, with attendees. */
    private void fill(UUID accountId, int count, List<UserView> authors, UserView manager) {
        for (int i = 0; i < count; i++) {
            UserView author = authors.get(i % authors.size());
            UUID entry = timeline.record(new NewTimelineEntry(
                    accountId,
                    i % 5 == 0 ? TimelineEntryType.UPDATE : TimelineEntryType.MEETING,
                    LocalDate.now().minusDays(i),
                    author.id(),
                    i % 5 == 0 ? Sentiment.GREEN : null,
                    "Entry **" + i + "**",
                    List.of("Attendee " + i, "person" + i + "@acme.example")));
            if (i % 2 == 0) {
                var me = SignedIn.currentUser(manager);
                for (long version = 0; version < 2; version++) {
                    var current = timeline.get(entry);
                    timeline.edit(
                            entry,
                            new TimelineEdit(
                                    current.type(),
                                    current.date(),
                                    current.sentiment(),
                                    current.notes() + " (edit " + version + ")",
                                    current.attendees(),
                                    version),
                            me);
                }
            }
        }
    }

    private long statementsFor(String path, UserView viewer) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(viewer))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }

    private UUID account(UserView tam) {
        var details = new AccountDetails(
                "Timeline Count " + TestData.unique("co"),
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
        return accounts.upsertFromCrm(TestData.unique("TLQ"), details, tam.username(), List.of())
                .account()
                .id();
    }
}
