package dev.facet.email.web;

import static dev.facet.account.ContactRole.ADMIN;
import static dev.facet.account.ContactRole.TECHNICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.cta.CtaManagement;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.program.EnablementFixtures;
import dev.facet.mail.MailDetail;
import dev.facet.mail.MailOutbox;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The CTA page's enablement email panel and the TAM's actions, through the whole stack on PostgreSQL. */
@ApplicationTest
class EnablementEmailPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    EmailTemplateManagement templates;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    EnablementFixtures given;
    EnablementFixtures.Customer customer;
    UserView tam;
    UserView otherTam;
    UserView manager;
    UserView admin;
    UUID ctaId;

    @BeforeEach
    void setUp() {
        given = new EnablementFixtures(accounts, ctas, playbooks, jdbc);
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        manager = TestData.user(users, Role.MANAGER);
        admin = TestData.user(users, Role.ADMIN);
        customer = given.customer();
        UUID accountId = given.account(
                customer,
                tam,
                DeploymentType.SAAS,
                false,
                List.of(customer.contact("Ana Lima", ADMIN), customer.contact("Tom Tech", TECHNICAL)));
        ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, LocalDate.now(ZoneOffset.UTC));
        given.awaitProgram(ctaId);
    }

    @Test
    void theCtaPageLoadsThePanelWithTheFiveEmailsAndWhoTheyGoTo() throws Exception {
        String page =
                body(mvc.perform(get("/ctas/" + ctaId).with(SignedIn.as(tam))).andExpect(status().isOk()));
        assertThat(page)
                .contains("hx-get=\"/ctas/" + ctaId + "/enablement-emails\"")
                .contains("enablement-emails-changed from:body");

        String panel = panel(tam);
        assertThat(panel)
                .contains("To every Admin contact: Ana Lima &lt;" + customer.address("Ana Lima") + "&gt;")
                .doesNotContain("Tom Tech")
                .contains("Signed by " + tam.displayName());
        for (int n = 1; n <= 5; n++) {
            assertThat(panel).contains("id=\"enablement-email-" + n + "\"");
        }
        assertThat(panel)
                .contains("2. First steps and how to get help")
                .contains("Subject: " + customer.name() + " onboarding: first steps and how to get help")
                .contains("goes on "
                        + LocalDate.now(ZoneOffset.UTC)
                                .plusDays(7)
                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                        "d MMM yyyy", java.util.Locale.ENGLISH)));
        assertThat(count(panel, ">Send now<")).isEqualTo(5);
        assertThat(panel).contains("Cancel the rest");
    }

    @Test
    void theTamEditsAnEmailAsTemplateTextWithAPreview() throws Exception {
        UUID second = emailId(2);
        String editor =
                body(mvc.perform(htmx(get(emailPath(second) + "/edit"), tam)).andExpect(status().isOk()));
        assertThat(editor)
                .contains("{{account.name}} onboarding: first steps and how to get help")
                .contains("{{contact.firstName}}")
                .contains("the TAM&#39;s first name")
                .contains(customer.name() + " onboarding: first steps and how to get help");

        String preview = body(mvc.perform(htmx(post(emailPath(second) + "/preview"), tam)
                        .param("subject", "Before our kickoff, {{tam.firstName}} here")
                        .param("body", "Hi {{contact.firstName}},\n\nA head start for {{account.name}}.")
                        .param("version", "0"))
                .andExpect(status().isOk()));
        assertThat(preview)
                .contains("Before our kickoff, User here")
                .contains("Hi Ana,")
                .contains("A head start for " + customer.name());

        mvc.perform(htmx(post(emailPath(second)), tam)
                        .param("subject", "Before our kickoff, {{tam.firstName}} here")
                        .param("body", "Hi {{contact.firstName}},\n\nA head start for {{account.name}}.")
                        .param("version", "0"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Trigger", "enablement-emails-changed"));

        assertThat(jdbc.sql("select subject_override from enablement_email where id = ?")
                        .param(second)
                        .query(String.class)
                        .single())
                .as("kept with its tokens, so a new TAM's name would appear")
                .isEqualTo("Before our kickoff, {{tam.firstName}} here");
        assertThat(panel(tam))
                .contains("Subject: Before our kickoff, User here")
                .contains("Edited by " + tam.displayName());
    }

    @Test
    void unknownTokensAndBlankFieldsAreFieldErrors() throws Exception {
        String answer = body(mvc.perform(htmx(post(emailPath(emailId(1))), tam)
                        .param("subject", "Hello {{contact.lastName}} from {{#tam}}")
                        .param("body", "")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(answer)
                .contains("{{contact.lastName}}")
                .contains("{{#tam}}")
                .contains("Write the email")
                .contains("is-invalid")
                .as("what was typed stays")
                .contains("value=\"Hello {{contact.lastName}} from {{#tam}}\"");
        assertThat(given.status(ctaId, 1)).isEqualTo("SCHEDULED");
        assertThat(jdbc.sql("select count(*) from enablement_email where cta_id = ? and subject_override is not null")
                        .param(ctaId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsWhatWasTyped() throws Exception {
        UUID third = emailId(3);
        mvc.perform(htmx(post(emailPath(third)), manager)
                        .param("subject", "The manager's subject")
                        .param("body", "The manager's body")
                        .param("version", "0"))
                .andExpect(status().isNoContent());

        String answer = body(mvc.perform(htmx(post(emailPath(third)), tam)
                        .param("subject", "The TAM's own subject")
                        .param("body", "The TAM's own body")
                        .param("version", "0"))
                .andExpect(status().isConflict()));

        assertThat(answer)
                .contains("Someone else saved this record while you were editing")
                .contains("value=\"The TAM&#39;s own subject\"")
                .contains("The TAM&#39;s own body")
                .contains("Saved meanwhile by someone else")
                .contains("The manager&#39;s subject")
                .contains("name=\"version\" value=\"1\"");
        mvc.perform(htmx(post(emailPath(third)), tam)
                        .param("subject", "The TAM's own subject")
                        .param("body", "The TAM's own body")
                        .param("version", "1"))
                .andExpect(status().isNoContent());
    }

    @Test
    void sendNowQueuesTheEmailAtOnceForTheAdminContactsWithTheTamInCopy() throws Exception {
        UUID second = emailId(2);

        mvc.perform(htmx(post(emailPath(second) + "/send-now"), tam))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Trigger", "enablement-emails-changed"));

        assertThat(given.status(ctaId, 2)).isEqualTo("SENDING");
        assertThat(given.status(ctaId, 1)).as("only the one asked for").isEqualTo("SCHEDULED");
        MailDetail mail = outbox.detail(jdbc.sql("select mail_id from enablement_email where id = ?")
                .param(second)
                .query(UUID.class)
                .single());
        assertThat(mail.kind()).isEqualTo("ENABLEMENT_EMAIL");
        assertThat(mail.from()).isEqualTo(templates.settings().fromAddress());
        assertThat(mail.to()).containsExactly("Ana Lima <" + customer.address("Ana Lima") + ">");
        assertThat(mail.cc()).containsExactly(tam.displayName() + " <" + tam.email() + ">");
        assertThat(mail.replyTo()).isEqualTo(tam.displayName() + " <" + tam.email() + ">");
        assertThat(mail.subject()).isEqualTo(customer.name() + " onboarding: first steps and how to get help");
        assertThat(mail.text()).startsWith("Hi Ana,").contains(tam.displayName());
        assertThat(panel(tam)).contains("Sending").contains("in the outbox");

        String again = body(
                mvc.perform(htmx(post(emailPath(second) + "/send-now"), tam)).andExpect(status().isConflict()));
        assertThat(again).contains("This email was sent, skipped or cancelled meanwhile");
        mvc.perform(htmx(get(emailPath(second) + "/edit"), tam)).andExpect(status().isConflict());
    }

    @Test
    void skipOneThenCancelTheRest() throws Exception {
        mvc.perform(htmx(post(emailPath(emailId(1)) + "/send-now"), tam)).andExpect(status().isNoContent());
        mvc.perform(htmx(post(emailPath(emailId(2)) + "/skip").param("confirmed", "true"), tam))
                .andExpect(status().isNoContent());
        assertThat(panel(tam)).contains("Skipped by " + tam.displayName());

        mvc.perform(htmx(
                        post("/ctas/" + ctaId + "/enablement-emails/cancel-rest")
                                .param("confirmed", "true"),
                        manager))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Trigger", "enablement-emails-changed"));

        assertThat(List.of(1, 2, 3, 4, 5).stream().map(n -> given.status(ctaId, n)))
                .containsExactly("SENDING", "SKIPPED", "CANCELLED", "CANCELLED", "CANCELLED");
        String panel = panel(tam);
        assertThat(panel).contains("Cancelled by " + manager.displayName()).doesNotContain("Cancel the rest");
        assertThat(count(panel, ">Send now<")).isZero();
    }

    @Test
    void anotherTamReadsButMayNotActEvenWithTheIds() throws Exception {
        UUID first = emailId(1);
        assertThat(panel(otherTam))
                .contains("1. Introduction")
                .doesNotContain("Send now")
                .doesNotContain("Cancel the rest");

        mvc.perform(htmx(post(emailPath(first) + "/send-now"), otherTam)).andExpect(status().isForbidden());
        mvc.perform(htmx(post(emailPath(first) + "/skip").param("confirmed", "true"), otherTam))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(
                        post("/ctas/" + ctaId + "/enablement-emails/cancel-rest")
                                .param("confirmed", "true"),
                        otherTam))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(get(emailPath(first) + "/edit"), otherTam)).andExpect(status().isForbidden());
        mvc.perform(htmx(post(emailPath(first)), otherTam)
                        .param("subject", "Mine now")
                        .param("body", "Mine now")
                        .param("version", "0"))
                .andExpect(status().isForbidden());

        assertThat(List.of(1, 2, 3, 4, 5).stream().map(n -> given.status(ctaId, n)))
                .containsOnly("SCHEDULED");
    }

    @Test
    void anAdminReadsOnly() throws Exception {
        assertThat(panel(admin)).contains("5. Additional training and support").doesNotContain("Send now");
        mvc.perform(htmx(post(emailPath(emailId(5)) + "/skip").param("confirmed", "true"), admin))
                .andExpect(status().isForbidden());
        assertThat(given.status(ctaId, 5)).isEqualTo("SCHEDULED");
    }

    @Test
    void anEmailOfAnotherCtaIsNotFoundThroughThisOne() throws Exception {
        var other = given.customer();
        UUID otherAccount =
                given.account(other, otherTam, DeploymentType.SAAS, false, List.of(other.contact("Zed Admin", ADMIN)));
        UUID otherCta = given.onboarding(otherAccount, otherTam, DeploymentType.SAAS, LocalDate.now(ZoneOffset.UTC));
        given.awaitProgram(otherCta);
        UUID theirs = jdbc.sql("select id from enablement_email where cta_id = ? and number = 1")
                .param(otherCta)
                .query(UUID.class)
                .single();

        mvc.perform(htmx(
                        post("/ctas/" + ctaId + "/enablement-emails/" + theirs + "/skip")
                                .param("confirmed", "true"),
                        tam))
                .andExpect(status().isNotFound());
        assertThat(given.status(otherCta, 1)).isEqualTo("SCHEDULED");
    }

    @Test
    void sendNowWithoutAnAdminContactSaysWhy() throws Exception {
        var quiet = given.customer();
        UUID accountId = given.account(
                quiet, tam, DeploymentType.SELF_MANAGED, false, List.of(quiet.contact("Tina Tech", TECHNICAL)));
        UUID quietCta = given.onboarding(accountId, tam, DeploymentType.SELF_MANAGED, LocalDate.now(ZoneOffset.UTC));
        given.awaitProgram(quietCta);
        UUID first = jdbc.sql("select id from enablement_email where cta_id = ? and number = 1")
                .param(quietCta)
                .query(UUID.class)
                .single();

        String answer =
                body(mvc.perform(htmx(post("/ctas/" + quietCta + "/enablement-emails/" + first + "/send-now"), tam))
                        .andExpect(status().isUnprocessableContent()));

        assertThat(answer)
                .contains("The account has no Admin contact to send it to")
                .contains("This account has no Admin contact: the emails wait until one is added.");
        assertThat(given.status(quietCta, 1)).isEqualTo("SCHEDULED");
    }

    @Test
    void withoutJavaScriptThePanelIsAPageAndFormsRedirectBackToIt() throws Exception {
        String page =
                body(mvc.perform(get("/ctas/" + ctaId + "/enablement-emails").with(SignedIn.as(tam)))
                        .andExpect(status().isOk()));
        assertThat(page).contains("<nav").contains("id=\"enablement-emails\"").contains("Enablement emails");

        mvc.perform(post(emailPath(emailId(4)) + "/skip")
                        .param("confirmed", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/ctas/" + ctaId + "/enablement-emails"))
                .andExpect(flash().attribute("message", "enablement.saved.skip"));

        String editor = body(mvc.perform(get(emailPath(emailId(5)) + "/edit").with(SignedIn.as(tam)))
                .andExpect(status().isOk()));
        assertThat(editor).contains("<nav").contains("id=\"enablement-edit-form\"");

        mvc.perform(post(emailPath(emailId(5)))
                        .with(SignedIn.as(tam))
                        .with(csrf())
                        .param("subject", "")
                        .param("body", "Still here")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(emailPath(emailId(5)))
                        .with(SignedIn.as(tam))
                        .with(csrf())
                        .param("subject", "A plain subject")
                        .param("body", "Still here")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/ctas/" + ctaId + "/enablement-emails"));
    }

    @Test
    void aSkipPostedWithoutItsConfirmationAsksFirstAndSkipsNothing() throws Exception {
        String asked = body(mvc.perform(post(emailPath(emailId(3)) + "/skip")
                        .with(SignedIn.as(tam))
                        .with(csrf())
                        .header("Referer", "http://localhost/ctas/" + ctaId))
                .andExpect(status().isOk()));

        assertThat(asked)
                .contains("<nav")
                .contains("Skip this enablement email? It will not be sent.")
                .contains("action=\"" + emailPath(emailId(3)) + "/skip\"")
                .contains("name=\"confirmed\" value=\"true\"")
                .contains("href=\"/ctas/" + ctaId + "\"");
        String askedInPlace = body(mvc.perform(htmx(post("/ctas/" + ctaId + "/enablement-emails/cancel-rest"), tam))
                .andExpect(status().isOk()));
        assertThat(askedInPlace).doesNotContain("<nav").contains("Cancel every enablement email not sent yet?");
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(n -> given.status(ctaId, n)))
                .containsOnly("SCHEDULED");
    }

    @Test
    void aSkippedOrCancelledEmailIsRestoredWhileItsDayHasNotPassed() throws Exception {
        UUID third = emailId(3);
        mvc.perform(htmx(post(emailPath(third) + "/skip").param("confirmed", "true"), tam))
                .andExpect(status().isNoContent());
        assertThat(count(panel(tam), "enablement-restore")).isEqualTo(1);

        mvc.perform(htmx(post(emailPath(third) + "/restore"), tam))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Trigger", "enablement-emails-changed"));
        assertThat(given.status(ctaId, 3)).isEqualTo("SCHEDULED");

        mvc.perform(htmx(
                        post("/ctas/" + ctaId + "/enablement-emails/cancel-rest")
                                .param("confirmed", "true"),
                        tam))
                .andExpect(status().isNoContent());
        mvc.perform(htmx(post(emailPath(emailId(5)) + "/restore"), tam)).andExpect(status().isNoContent());
        assertThat(given.status(ctaId, 5)).isEqualTo("SCHEDULED");

        // Its day has passed: what did not go stays not sent.
        jdbc.sql("update enablement_email set scheduled_on = ? where id = ?")
                .params(LocalDate.now(ZoneOffset.UTC).minusDays(2), third)
                .update();
        assertThat(count(panel(tam), "enablement-restore"))
                .as("emails 1, 2 and 4")
                .isEqualTo(3);
        mvc.perform(htmx(post(emailPath(third) + "/restore"), tam)).andExpect(status().isConflict());
        mvc.perform(htmx(post(emailPath(emailId(4)) + "/restore"), otherTam)).andExpect(status().isForbidden());
        assertThat(List.of(3, 4).stream().map(n -> given.status(ctaId, n))).containsOnly("CANCELLED");
    }

    // ---- helpers ----

    private UUID emailId(int number) {
        return jdbc.sql("select id from enablement_email where cta_id = ? and number = ?")
                .params(ctaId, number)
                .query(UUID.class)
                .single();
    }

    private String emailPath(UUID emailId) {
        return "/ctas/" + ctaId + "/enablement-emails/" + emailId;
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, UserView user) {
        return request.with(SignedIn.as(user)).with(csrf()).header("HX-Request", "true");
    }

    private String panel(UserView viewer) throws Exception {
        return body(mvc.perform(htmx(get("/ctas/" + ctaId + "/enablement-emails"), viewer))
                .andExpect(status().isOk()));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
