package dev.facet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The navigation bar's search: grouped hits, "see all", a page per group, the same statements for any text. */
@ApplicationTest
class GlobalSearchTests {

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

    UserView tam;
    String word;

    @BeforeEach
    void setUp() {
        tam = TestData.user(users, Role.TAM);
        // A word no other test's data holds, so the counts below are this test's own.
        word = "Zephyr" + TestData.unique("x").replace("-", "");
    }

    @Test
    void findsAccountsContactsAndCtasGroupedWithAFewEachAndSeeAll() throws Exception {
        for (int i = 0; i < 7; i++) {
            account(word + " Labs " + i, List.of());
        }
        UUID withContact = account(
                "Contoso " + word,
                List.of(new ContactDetails(
                        "Ana " + word, "ana@" + word.toLowerCase() + ".example", Set.of(ContactRole.ADMIN))));
        ctas.create(
                new NewCta(
                        withContact,
                        CtaType.ACTIVITY,
                        null,
                        CtaPriority.LOW,
                        tam.id(),
                        null,
                        today(),
                        today().plusDays(5)),
                CtaActor.user(SignedIn.currentUser(tam)));

        Document page = page("/search?q=" + word.toLowerCase());
        assertThat(page.select("#search-accounts .search-hit")).hasSize(5);
        assertThat(page.select("#search-accounts a:contains(See all)").attr("href"))
                .isEqualTo("/search?q=" + word.toLowerCase() + "&in=ACCOUNTS");
        assertThat(page.select("#search-contacts .search-hit").text()).isEqualTo("Ana " + word);
        assertThat(page.select("#search-contacts").text()).contains("at Contoso " + word);
        assertThat(page.select("#search-contacts a:contains(See all)")).isEmpty();
        assertThat(page.select("#search-ctas .search-hit").text()).isEqualTo("Activity: Contoso " + word);

        Document byEmail = page("/search?q=ana@" + word.toLowerCase());
        assertThat(byEmail.select("#search-contacts .search-hit")).hasSize(1);
        assertThat(byEmail.select("#search-accounts")).isEmpty();

        Document allAccounts = page("/search?q=" + word + "&in=ACCOUNTS");
        assertThat(allAccounts.select("#search-group .search-hit")).hasSize(8);
        assertThat(allAccounts.select("#search-next")).isEmpty();
    }

    @Test
    void findsAnAccountByItsCrmIdAndTakesWildcardsLiterally() throws Exception {
        String crmId = TestData.unique("CRM");
        accounts.upsertFromCrm(crmId, Accounts.quietDetails(word + " Ltd"), null, List.of());

        assertThat(page("/search?q=" + crmId)
                        .select("#search-accounts .search-hit")
                        .text())
                .isEqualTo(word + " Ltd");
        assertThat(page("/search?q=%25%25").select("#search-none").text()).contains("Nothing matches");
        assertThat(page("/search?q=a").select("#search-too-short")).hasSize(1);
    }

    @Test
    void theSuggestionsAreAFragmentAndCostTheSameStatementsWhateverMatches() throws Exception {
        for (int i = 0; i < 12; i++) {
            account(word + " Group " + i, List.of());
        }
        String html = mvc.perform(get("/search/suggestions").param("q", word).with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<nav").contains("id=\"global-search-list\"");
        assertThat(Jsoup.parse(html).select(".search-hit")).hasSize(5);

        long many = statementsFor("/search/suggestions?q=" + word);
        long none = statementsFor("/search/suggestions?q=no-such-" + word);
        assertThat(many).as("one statement per group").isEqualTo(none).isEqualTo(3);
    }

    @Test
    void everyPageHasTheSearchBox() throws Exception {
        Document page = page("/accounts");
        assertThat(page.select("form[role=search] input#global-search[name=q]").attr("hx-get"))
                .isEqualTo("/search/suggestions");
        assertThat(page.select("form[role=search]").attr("action")).isEqualTo("/search");
    }

    private long statementsFor(String path) throws Exception {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        mvc.perform(get(path).with(SignedIn.as(tam))).andExpect(status().isOk());
        return StatementCounter.onThisThread() - before;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private UUID account(String name, List<ContactDetails> contacts) {
        return Accounts.aQuietAccount(accounts, name, tam.username(), contacts);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
