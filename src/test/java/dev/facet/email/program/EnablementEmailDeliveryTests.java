package dev.facet.email.program;

import static dev.facet.account.ContactRole.ADMIN;
import static dev.facet.account.ContactRole.TECHNICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaOpened;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaTaskView;
import dev.facet.cta.CtaType;
import dev.facet.cta.TaskStatus;
import dev.facet.email.EmailTemplateManagement;
import dev.facet.email.EmailTemplateView;
import dev.facet.email.EmailTokens;
import dev.facet.email.EmailVariant;
import dev.facet.email.TemplateText;
import dev.facet.mail.MailSent;
import dev.facet.mail.OutboxDelivery;
import dev.facet.mail.RejectingSmtpServer;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.MailContextTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The program from the CTA's opening to the customer's inbox (GreenMail): the right five emails with
 * their tokens and headers, waiting for an Admin contact, a reassignment, a refusal, a server that
 * is down for a while, and replays that change nothing. The job runs with an explicit "now" four
 * weeks on, so that all five emails of an onboarding starting today are due.
 */
@MailContextTest
class EnablementEmailDeliveryTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String OUTBOX_ID = "X-Facet-Outbox-Id";

    @Autowired
    ApplicationContext context;

    @Autowired
    ScheduledEnablementEmails job;

    @Autowired
    EnablementEmailRepository emails;

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
    TimelineManagement timeline;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    EnablementFixtures given;
    UserView tam;
    LocalDate today;

    @BeforeEach
    void setUp() {
        given = new EnablementFixtures(accounts, ctas, playbooks, jdbc);
        tam = TestData.user(users, Role.TAM);
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void aSaasOnboardingSendsItsFiveEmailsToEveryAdminContact() throws Exception {
        var customer = given.customer();
        UUID accountId = given.account(
                customer,
                tam,
                DeploymentType.SAAS,
                false,
                List.of(
                        customer.contact("Ana Lima", ADMIN),
                        customer.contact("Ben Okoro", ADMIN, TECHNICAL),
                        customer.contact("Cy Tech", TECHNICAL)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);

        sendAllFive(ctaId);

        assertFiveEmails(
                ctaId,
                EmailVariant.SAAS,
                new EmailTokens(customer.name(), tam.displayName(), tam.email(), List.of("Ana", "Ben")),
                List.of(customer.address("Ana Lima"), customer.address("Ben Okoro")));
        List<TimelineEntryView> entries = emailEntries(accountId);
        assertThat(entries).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.authorId()).isEqualTo(tam.id());
            assertThat(entry.notes()).contains(customer.address("Ana Lima"), customer.address("Ben Okoro"));
            assertThat(entry.attendees()).hasSize(2);
        });
        assertThat(entries)
                .extracting(TimelineEntryView::notes)
                .anySatisfy(notes -> assertThat(notes).startsWith("Enablement email 2 of 5 sent: " + customer.name()));
    }

    @Test
    void anEmailNotDueYetIsLeftAloneUntilItsDayBeginsOrForAnHour() {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        LocalDate second = jdbc.sql("select scheduled_on from enablement_email where cta_id = ? and number = 2")
                .params(ctaId)
                .query(LocalDate.class)
                .single();
        // Noon the day before, in the TAM's zone (UTC): the job's window holds it, its day has not begun.
        Instant noonBefore = second.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);

        assertThat(job.sendDue(noonBefore)).containsKey(EnablementQueue.Outcome.NOT_DUE);
        assertThat(jdbc.sql("select not_before from enablement_email where cta_id = ? and number = 2")
                        .params(ctaId)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant())
                .isEqualTo(noonBefore.plus(java.time.Duration.ofHours(1)));

        assertThat(job.sendDue(noonBefore.plusSeconds(60))).doesNotContainKey(EnablementQueue.Outcome.NOT_DUE);
        assertThat(job.sendDue(noonBefore.plus(java.time.Duration.ofMinutes(61))))
                .containsKey(EnablementQueue.Outcome.NOT_DUE);
        assertThat(job.sendDue(second.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .containsKey(EnablementQueue.Outcome.QUEUED);
    }

    @Test
    void aSelfManagedOnboardingSendsTheSelfManagedEmails() throws Exception {
        var customer = given.customer();
        UUID accountId = given.account(
                customer, tam, DeploymentType.SELF_MANAGED, false, List.of(customer.contact("Dora Admin", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SELF_MANAGED, today);
        given.awaitProgram(ctaId);

        sendAllFive(ctaId);

        assertFiveEmails(
                ctaId,
                EmailVariant.SELF_MANAGED,
                new EmailTokens(customer.name(), tam.displayName(), tam.email(), List.of("Dora")),
                List.of(customer.address("Dora Admin")));
        assertThat(emailEntries(accountId)).hasSize(5);
    }

    @Test
    void aPublicSectorAccountGetsNoEmails() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, true, List.of(customer.contact("Pat Public", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        Reactions.awaitQuiet(jdbc);

        assertThat(given.count(ctaId)).isZero();
        job.sendDue(fiveWeeksOn());
        assertThat(mailsTo(customer.domain())).isZero();
        assertThat(panel(ctaId)).contains("Public sector accounts do not get the enablement emails.");
    }

    @Test
    void withoutAnAdminContactTheEmailsWaitWithOneTaskAndGoOnceOneIsAdded() throws Exception {
        var customer = given.customer();
        var technical = customer.contact("Tom Tech", TECHNICAL);
        UUID accountId = given.account(customer, tam, DeploymentType.SAAS, false, List.of(technical));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);

        job.sendDue(fiveWeeksOn());
        job.sendDue(fiveWeeksOn());

        assertThat(emails.findByCtaIdOrderByNumber(ctaId)).allSatisfy(email -> {
            assertThat(email.status()).isEqualTo(EnablementEmailStatus.SCHEDULED);
            assertThat(email.waitingSince()).isNotNull();
        });
        assertThat(contactTasks(ctaId))
                .singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.OPEN));
        assertThat(panel(ctaId))
                .contains("This account has no Admin contact: the emails wait until one is added.")
                .contains("Waiting for an Admin contact");

        given.account(
                customer, tam, DeploymentType.SAAS, false, List.of(technical, customer.contact("Ada Admin", ADMIN)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> emails.findByCtaIdOrderByNumber(ctaId).stream().allMatch(e -> e.waitingSince() == null));
        assertThat(contactTasks(ctaId))
                .singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.DONE));

        sendAllFive(ctaId);
        assertThat(copiesOf(mailId(ctaId, 1)))
                .as("Ada and the TAM")
                .hasSize(2)
                .anySatisfy(m -> assertThat(m.getRecipients(Message.RecipientType.TO))
                        .extracting(a -> ((InternetAddress) a).getAddress())
                        .containsExactly(customer.address("Ada Admin")));
    }

    @Test
    void afterAReassignmentTheNewTamSignsIsCopiedAndGetsTheReplies() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        UserView newTam = TestData.user(users, Role.TAM);

        accounts.assignTam(customer.crmId(), newTam.username());
        Reactions.awaitQuiet(jdbc);
        job.sendDue(Instant.now());
        OutboxDelivery.sendDueNow(context);
        given.awaitStatus(ctaId, 1, "SENT");

        MimeMessage mail = copiesOf(mailId(ctaId, 1)).getFirst();
        assertThat(mail.getRecipients(Message.RecipientType.CC))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(newTam.email());
        assertThat(mail.getReplyTo())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(newTam.email());
        assertThat(text(mail)).contains(newTam.displayName()).doesNotContain(tam.displayName());
        assertThat(emailEntries(accountId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.authorId()).isEqualTo(newTam.id()));
        assertThat(given.status(ctaId, 2)).as("not due yet").isEqualTo("SCHEDULED");
    }

    @Test
    void aPermanentRefusalFailsTheEmailAndTheCtaPageSaysWhy() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Gone Away", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        job.sendDue(Instant.now());

        try (var rejecting = new RejectingSmtpServer()) {
            OutboxDelivery.sendDueThrough(context, "127.0.0.1", rejecting.port());
        }

        given.awaitStatus(ctaId, 1, "FAILED");
        assertThat(emails.findByCtaIdOrderByNumber(ctaId).getFirst().error()).contains("550");
        assertThat(panel(ctaId)).contains("Failed: ").contains("550").contains("Send again");
        assertThat(emailEntries(accountId)).isEmpty();
    }

    @Test
    void aServerThatIsDownForAWhileDeliversEachEmailOnce() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        job.sendDue(Instant.now());
        UUID mailId = mailId(ctaId, 1);

        greenMail.stop();
        OutboxDelivery.sendDueNow(context);
        assertThat(given.status(ctaId, 1))
                .as("still in the outbox, retried later")
                .isEqualTo("SENDING");
        job.sendDue(Instant.now());

        greenMail.start();
        jdbc.sql("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = ?")
                .param(mailId)
                .update();
        OutboxDelivery.sendDueNow(context);
        OutboxDelivery.sendDueNow(context);

        given.awaitStatus(ctaId, 1, "SENT");
        assertThat(copiesOf(mailId)).as("Ana and the TAM, once each").hasSize(2);
        assertThat(mailId(ctaId, 1)).isEqualTo(mailId);
        assertThat(mailsTo(customer.domain())).isEqualTo(1);
        assertThat(emailEntries(accountId)).hasSize(1);
    }

    @Test
    void replayedEventsAndRepeatedRunsChangeNothing() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        List<UUID> scheduled = emails.findByCtaIdOrderByNumber(ctaId).stream()
                .map(EnablementEmail::id)
                .toList();

        publish(new CtaOpened(
                ctaId,
                accountId,
                CtaType.ONBOARDING,
                CtaReason.NEW_CUSTOMER,
                tam.id(),
                today,
                ctas.detail(ctaId).playbookVersionId()));
        assertThat(emails.findByCtaIdOrderByNumber(ctaId))
                .extracting(EnablementEmail::id)
                .containsExactlyElementsOf(scheduled);

        job.sendDue(Instant.now());
        job.sendDue(Instant.now());
        OutboxDelivery.sendDueNow(context);
        given.awaitStatus(ctaId, 1, "SENT");
        EnablementEmail first = emails.findByCtaIdOrderByNumber(ctaId).getFirst();
        publish(new MailSent(
                Objects.requireNonNull(first.mailId()),
                EnablementMailComposer.KIND,
                Objects.requireNonNull(first.sentAt())));

        assertThat(copiesOf(first.mailId())).hasSize(2);
        assertThat(emailEntries(accountId)).hasSize(1);
        assertThat(emails.findByCtaIdOrderByNumber(ctaId))
                .extracting(EnablementEmail::status)
                .containsExactly(
                        EnablementEmailStatus.SENT,
                        EnablementEmailStatus.SCHEDULED,
                        EnablementEmailStatus.SCHEDULED,
                        EnablementEmailStatus.SCHEDULED,
                        EnablementEmailStatus.SCHEDULED);
    }

    @Test
    void closingTheCtaCancelsTheEmailsNotSentYet() throws Exception {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);
        job.sendDue(Instant.now());

        ctas.close(ctaId, CtaStatus.CLOSED_SUCCESS, null, null, true, CtaActor.user(SignedIn.currentUser(tam)));
        given.awaitStatus(ctaId, 5, "CANCELLED");
        job.sendDue(fiveWeeksOn());

        assertThat(emails.findByCtaIdOrderByNumber(ctaId))
                .satisfiesExactly(
                        first -> assertThat(first.status()).isEqualTo(EnablementEmailStatus.SENDING),
                        second -> assertThat(second.stopReason()).isEqualTo(EnablementStopReason.CTA_CLOSED),
                        third -> assertThat(third.status()).isEqualTo(EnablementEmailStatus.CANCELLED),
                        fourth -> assertThat(fourth.status()).isEqualTo(EnablementEmailStatus.CANCELLED),
                        fifth -> assertThat(fifth.status()).isEqualTo(EnablementEmailStatus.CANCELLED));
        assertThat(panel(ctaId)).contains("Cancelled: the CTA was closed before it went.");
    }

    @Test
    void aDeletedCtaSendsNothingMore() {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today);
        given.awaitProgram(ctaId);

        ctas.delete(ctaId, CtaActor.user(SignedIn.currentUser(tam)));
        job.sendDue(fiveWeeksOn());

        assertThat(emails.findByCtaIdOrderByNumber(ctaId)).allSatisfy(email -> {
            assertThat(email.status()).isEqualTo(EnablementEmailStatus.CANCELLED);
            assertThat(email.mailId()).isNull();
        });
        assertThat(mailsTo(customer.domain())).isZero();
    }

    @Test
    void anOnboardingBroughtInWithAnEarlierStartBeginsItsProgramToday() {
        var customer = given.customer();
        UUID accountId =
                given.account(customer, tam, DeploymentType.SAAS, false, List.of(customer.contact("Ana Lima", ADMIN)));
        UUID ctaId = given.onboarding(accountId, tam, DeploymentType.SAAS, today.minusDays(35));
        given.awaitProgram(ctaId);

        assertThat(emails.findByCtaIdOrderByNumber(ctaId))
                .extracting(EnablementEmail::scheduledOn)
                .containsExactly(today, today.plusDays(7), today.plusDays(14), today.plusDays(21), today.plusDays(28));
    }

    // ---- helpers ----

    /** Four weeks and a day on: all five emails of an onboarding that started today are due. */
    private static Instant fiveWeeksOn() {
        return Instant.now().plus(Duration.ofDays(29));
    }

    private void sendAllFive(UUID ctaId) {
        job.sendDue(fiveWeeksOn());
        assertThat(emails.findByCtaIdOrderByNumber(ctaId))
                .extracting(EnablementEmail::status)
                .containsOnly(EnablementEmailStatus.SENDING);
        OutboxDelivery.sendDueNow(context);
        for (int n = 1; n <= 5; n++) {
            given.awaitStatus(ctaId, n, "SENT");
        }
    }

    private void assertFiveEmails(UUID ctaId, EmailVariant variant, EmailTokens tokens, List<String> admins)
            throws Exception {
        String from = templates.settings().fromAddress();
        for (int n = 1; n <= 5; n++) {
            EmailTemplateView template = templates.template(variant, n);
            List<MimeMessage> copies = copiesOf(mailId(ctaId, n));
            assertThat(copies)
                    .as("one copy per Admin contact and one for the TAM")
                    .hasSize(admins.size() + 1);
            MimeMessage mail = copies.getFirst();
            assertThat(mail.getSubject()).isEqualTo(TemplateText.render(template.subject(), tokens));
            assertThat(mail.getFrom()).containsExactly(new InternetAddress(from));
            assertThat(mail.getRecipients(Message.RecipientType.TO))
                    .extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactlyElementsOf(admins);
            assertThat(mail.getRecipients(Message.RecipientType.CC))
                    .extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly(tam.email());
            assertThat(mail.getReplyTo())
                    .extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly(tam.email());
            String text = text(mail);
            assertThat(text)
                    .isEqualTo(TemplateText.render(template.body(), tokens).strip())
                    .startsWith("Hi " + String.join(" and ", tokens.contactFirstNames()) + ",")
                    .contains(tam.displayName());
            assertThat(part(mail, "text/html"))
                    .contains("<strong>")
                    .contains(tam.displayName())
                    .doesNotContain("{{");
        }
    }

    private UUID mailId(UUID ctaId, int number) {
        return Objects.requireNonNull(
                emails.findByCtaIdOrderByNumber(ctaId).get(number - 1).mailId());
    }

    private static List<MimeMessage> copiesOf(@Nullable UUID mailId) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        String[] ids = m.getHeader(OUTBOX_ID);
                        return ids != null && ids[0].equals(String.valueOf(mailId));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Mails in the outbox for anyone at the customer's domain. */
    private long mailsTo(String domain) {
        return jdbc.sql("select count(*) from mail_outbox where array_to_string(to_addresses, ',') like ?")
                .param("%@" + domain + "%")
                .query(Long.class)
                .single();
    }

    private static String text(MimeMessage mail) throws Exception {
        return part(mail, "text/plain").replace("\r\n", "\n").strip();
    }

    /** A part of the multipart/alternative mail: the text, or the HTML made from it. */
    private static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private List<TimelineEntryView> emailEntries(UUID accountId) {
        Reactions.awaitQuiet(jdbc);
        return timeline.ofAccount(accountId, PageRequest.of(0, 50)).getContent().stream()
                .filter(e -> e.type() == TimelineEntryType.EMAIL)
                .toList();
    }

    private List<CtaTaskView> contactTasks(UUID ctaId) {
        return ctas.detail(ctaId).tasks().stream()
                .filter(t -> t.title().equals(EnablementQueue.CONTACT_TASK_TITLE))
                .toList();
    }

    private String panel(UUID ctaId) throws Exception {
        return mvc.perform(get("/ctas/" + ctaId + "/enablement-emails")
                        .with(SignedIn.as(tam))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Publishes an event as its module would, and waits for every reaction to it. */
    private void publish(Object event) {
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
        Reactions.awaitQuiet(jdbc);
    }
}
