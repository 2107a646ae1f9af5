package dev.facet.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.facet.account.ContactRole.ADMIN;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.cta.CtaManagement;
import dev.facet.email.program.EnablementFixtures;
import dev.facet.mail.OutboxDelivery;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A TAM whose kickoff is weeks away sends the second enablement email early: they open their
 * onboarding CTA, rewrite the email's subject and body with a preview, send it now, and see it sent
 * once the outbox has delivered it (the test runs the sender instead of waiting for its schedule).
 */
@MailContextTest
class EnablementEmailJourneyTests extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTamEditsTheSecondEmailAndSendsItBeforeTheKickoff() throws Exception {
        var given = new EnablementFixtures(accounts, ctas, playbooks, jdbc);
        UserView tam = TestData.user(users, Role.TAM);
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, LocalDate.now(ZoneOffset.UTC));
        given.awaitProgram(ctaId);

        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username").fill(tam.username());
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in"))
                .click();

        page.navigate("http://localhost:" + port + "/ctas/" + ctaId);
        var second = page.locator("#enablement-email-2");
        assertThat(second).containsText("2. First steps and how to get help");
        assertThat(second.locator(".enablement-state")).hasText("Scheduled");
        assertThat(page.locator("#enablement-recipients")).containsText("Ana Lima");
        screenshot("enablement-01-cta-with-its-five-emails");

        second.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        assertThat(page.locator("#enablement-edit-form")).isVisible();
        assertThat(page.locator("#enablement-tokens")).containsText("{{tam.firstName}}");
        page.locator("#enablement-subject").fill("Before our kickoff: first steps for {{account.name}}");
        page.locator("#enablement-body")
                .fill("Hi {{contact.firstName}},\n\nOur kickoff is a few weeks out, so here are the first steps now."
                        + "\n\n{{tam.name}}");
        page.locator("#enablement-preview-button").click();
        assertThat(page.locator("#enablement-preview-subject"))
                .hasText("Before our kickoff: first steps for " + customer.name());
        assertThat(page.locator("#enablement-preview-body")).containsText("Hi Ana,");
        assertThat(page.locator("#enablement-preview-body")).containsText(tam.displayName());
        screenshot("enablement-02-editing-with-preview");

        page.locator("#enablement-save").click();
        assertThat(second.locator(".enablement-subject"))
                .hasText("Subject: Before our kickoff: first steps for " + customer.name());
        assertThat(second).containsText("Edited by " + tam.displayName());

        second.locator(".enablement-send-now").click();
        assertThat(second.locator(".enablement-state")).hasText("Sending");
        assertThat(page.locator("#enablement-email-1 .enablement-state")).hasText("Scheduled");
        screenshot("enablement-03-sent-early-in-the-outbox");

        OutboxDelivery.sendDueNow(context);
        given.awaitStatus(ctaId, 2, "SENT");
        page.reload();
        assertThat(second.locator(".enablement-state")).hasText("Sent");
        assertThat(second.locator(".enablement-detail")).containsText("Ana Lima");
        screenshot("enablement-04-sent");

        List<MimeMessage> received = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subjectOf(m).equals("Before our kickoff: first steps for " + customer.name()))
                .toList();
        org.assertj.core.api.Assertions.assertThat(received)
                .as("Ana and the TAM in cc")
                .hasSize(2);
    }

    @Test
    void sayingNoToTheQuestionSkipsNothingAndASkippedEmailCanBeRestored() {
        var given = new EnablementFixtures(accounts, ctas, playbooks, jdbc);
        UserView tam = TestData.user(users, Role.TAM);
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, LocalDate.now(ZoneOffset.UTC));
        given.awaitProgram(ctaId);
        signIn(port, tam);
        page.navigate("http://localhost:" + port + "/ctas/" + ctaId);
        var third = page.locator("#enablement-email-3");
        var fourth = page.locator("#enablement-email-4");
        assertThat(third.locator(".enablement-state")).hasText("Scheduled");

        page.onceDialog(dialog -> dialog.dismiss());
        third.locator(".enablement-skip").click();
        page.onceDialog(dialog -> dialog.dismiss());
        page.locator("#enablement-cancel-rest").click();
        // A confirmed skip after them: once it shows, any request the "No"s had sent would have landed too.
        page.onceDialog(dialog -> dialog.accept());
        fourth.locator(".enablement-skip").click();
        assertThat(fourth.locator(".enablement-state")).hasText("Skipped");
        org.assertj.core.api.Assertions.assertThat(List.of(1, 2, 3, 5).stream().map(n -> given.status(ctaId, n)))
                .containsOnly("SCHEDULED");
        screenshot("enablement-05-no-means-nothing-skipped");

        fourth.locator(".enablement-restore").click();
        assertThat(fourth.locator(".enablement-state")).hasText("Scheduled");
        org.assertj.core.api.Assertions.assertThat(given.status(ctaId, 4)).isEqualTo("SCHEDULED");
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
