package dev.facet.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.facet.dashboard.DashboardFixture;
import dev.facet.mail.OutboxDelivery;
import dev.facet.security.NewUser;
import dev.facet.security.ProfileChanges;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.database.StatementCounter;
import dev.facet.support.MailContextTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily digests reach each TAM and manager once a day, in their morning, as HTML and plain text,
 * with only their own reminders. The users here live in Karachi (UTC+5, no daylight saving) and the
 * checks run at 03:00 UTC: their 08:00, while the other tests' users, in UTC, are still asleep.
 */
@MailContextTest
class DailyDigestMailTests {

    private static final String KARACHI = "Asia/Karachi";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    DailyDigests digests;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate day = LocalDate.now(ZoneOffset.UTC);
    private final Instant karachiMorning = day.atTime(3, 0).toInstant(ZoneOffset.UTC);

    @Test
    void aTamGetsTheirTasksDueTomorrowAndOverdueOnceInHtmlAndPlainText() throws Exception {
        UserView tam = user(Role.TAM);
        UserView otherTam = user(Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        String accountName = TestData.unique("Acme");
        UUID account = fixture.account(
                accountName, "ENTERPRISE", "EMEA", day.minusDays(30), null, null, null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), day.minusDays(20), null);
        String dueTomorrow = fixture(fixture, onboarding, 1, "Hold kickoff call", day.plusDays(1), "OPEN");
        String overdue = fixture(fixture, onboarding, 2, "Internal transition", day.minusDays(3), "OPEN");
        String dueToday = fixture(fixture, onboarding, 3, "Due today", day, "OPEN");
        String dueLater = fixture(fixture, onboarding, 4, "Due later", day.plusDays(2), "OPEN");
        String done = fixture(fixture, onboarding, 5, "Done already", day.minusDays(5), "DONE");
        UUID closed = fixture.cta(
                account, "RISK", "NON_ENGAGED", tam.id(), day.minusDays(10), day.plusDays(5), day.minusDays(1), null);
        String ofClosedCta = fixture(fixture, closed, 1, "Of a closed CTA", day.minusDays(2), "OPEN");
        UUID snoozed = fixture.cta(
                account, "ACTIVITY", "OTHER", tam.id(), day.minusDays(10), day.plusDays(5), null, day.plusDays(3));
        String ofSnoozedCta = fixture(fixture, snoozed, 1, "Of a snoozed CTA", day.minusDays(2), "OPEN");
        UUID otherAccount = fixture.account(
                TestData.unique("Other Co"), "SMB", "AMER", day.minusDays(30), null, null, null, false, otherTam.id());
        UUID otherOnboarding = fixture.onboarding(otherAccount, otherTam.id(), day.minusDays(20), null);
        String othersTask = fixture(fixture, otherOnboarding, 1, "Not yours", day.minusDays(1), "OPEN");

        assertThat(digests.sendDue(karachiMorning)).isEqualTo(2);
        assertThat(digests.sendDue(karachiMorning.plusSeconds(300)))
                .as("the next check of the same morning")
                .isZero();
        OutboxDelivery.sendDueNow(context);

        List<MimeMessage> mails = receivedBy(tam.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your tasks on " + day + ": 1 overdue, 1 due tomorrow");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = content(parts, "text/plain");
        String html = content(parts, "text/html");
        assertThat(text)
                .contains("Hello " + tam.displayName())
                .contains("Overdue (1)")
                .contains(overdue + " \u2014 " + accountName + ", Onboarding CTA, due " + day.minusDays(3)
                        + " (3 days overdue)")
                .contains("Due tomorrow (1)")
                .contains(dueTomorrow + " \u2014 " + accountName + ", Onboarding CTA, due " + day.plusDays(1))
                .contains("http://localhost:8080/ctas/" + onboarding)
                .contains("/profile");
        assertThat(html)
                .contains(overdue)
                .contains(dueTomorrow)
                .contains(accountName)
                .contains("href=\"http://localhost:8080/ctas/" + onboarding + "\"")
                .contains("3 days overdue")
                .doesNotContain("th:text", "th:href");
        for (String body : List.of(text, html)) {
            assertThat(body).doesNotContain(dueToday, dueLater, done, ofClosedCta, ofSnoozedCta, othersTask);
        }
        List<MimeMessage> othersMails = receivedBy(otherTam.email());
        assertThat(othersMails).hasSize(1);
        assertThat(content((MimeMultipart) othersMails.getFirst().getContent(), "text/plain"))
                .contains(othersTask)
                .doesNotContain(overdue, dueTomorrow);
    }

    @Test
    void aManagerGetsOnlyTheirAccountsWaitingForATamPastTheDueDate() throws Exception {
        UserView manager = user(Role.MANAGER);
        UserView otherManager = user(Role.MANAGER);
        var fixture = new DashboardFixture(jdbc);
        String waitingLong = TestData.unique("Waiting Long");
        UUID waitingLongAccount =
                waitingFor(fixture, waitingLong, manager, day.minusDays(6), day.minusDays(3), null, null);
        String waitingBriefly = TestData.unique("Waiting Briefly");
        waitingFor(fixture, waitingBriefly, manager, day.minusDays(1), day.plusDays(2), null, null);
        String dueToday = TestData.unique("Due Today");
        waitingFor(fixture, dueToday, manager, day.minusDays(3), day, null, null);
        String snoozed = TestData.unique("Snoozed");
        waitingFor(fixture, snoozed, manager, day.minusDays(6), day.minusDays(3), null, day.plusDays(2));
        String assigned = TestData.unique("Assigned");
        waitingFor(fixture, assigned, manager, day.minusDays(6), day.minusDays(3), day.minusDays(1), null);
        String othersAccount = TestData.unique("Not Yours");
        waitingFor(fixture, othersAccount, otherManager, day.minusDays(9), day.minusDays(6), null, null);

        digests.sendDue(karachiMorning);
        OutboxDelivery.sendDueNow(context);

        List<MimeMessage> mails = receivedBy(manager.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("1 account waiting for a TAM past the due date");
        MimeMultipart parts = (MimeMultipart) mails.getFirst().getContent();
        String text = content(parts, "text/plain");
        String html = content(parts, "text/html");
        assertThat(text)
                .contains("Past the due date (1)")
                .contains(waitingLong + " \u2014 Enterprise, EMEA, waiting 6 days, due " + day.minusDays(3)
                        + " (3 days ago)")
                .contains("http://localhost:8080/accounts/" + waitingLongAccount)
                .contains("Your assignment queue: http://localhost:8080/manager");
        assertThat(html)
                .contains(waitingLong)
                .contains("href=\"http://localhost:8080/manager\"")
                .doesNotContain("th:text", "th:href");
        for (String body : List.of(text, html)) {
            assertThat(body).doesNotContain(waitingBriefly, dueToday, snoozed, assigned, othersAccount);
        }
        assertThat(receivedBy(otherManager.email())).hasSize(1);
    }

    @Test
    void usersWhoSwitchedTheDigestsOffGetNothing() throws Exception {
        UserView tam = switchedOff(user(Role.TAM));
        UserView manager = switchedOff(user(Role.MANAGER));
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                TestData.unique("Quiet Co"), "SMB", "APAC", day.minusDays(30), null, null, null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), day.minusDays(20), null);
        fixture(fixture, onboarding, 1, "Overdue", day.minusDays(2), "OPEN");
        waitingFor(fixture, TestData.unique("Waiting"), manager, day.minusDays(6), day.minusDays(3), null, null);

        digests.sendDue(karachiMorning);
        OutboxDelivery.sendDueNow(context);

        assertThat(receivedBy(tam.email())).isEmpty();
        assertThat(receivedBy(manager.email())).isEmpty();
        assertThat(digestRows(tam)).isZero();
        assertThat(digestRows(manager)).isZero();
    }

    @Test
    void aDayWithNothingToRemindSendsNothingAndIsNotComposedAgain() throws Exception {
        UserView tam = user(Role.TAM);
        UserView admin = user(Role.ADMIN);
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                TestData.unique("Calm Co"), "SMB", "APAC", day.minusDays(30), null, null, null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), day.minusDays(20), null);
        fixture(fixture, onboarding, 1, "Next week", day.plusDays(7), "OPEN");

        digests.sendDue(karachiMorning);
        // A task added later that day does not bring the morning's digest after all.
        fixture(fixture, onboarding, 2, "Added late", day.minusDays(1), "OPEN");
        digests.sendDue(karachiMorning.plusSeconds(3600));
        OutboxDelivery.sendDueNow(context);

        assertThat(receivedBy(tam.email())).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from daily_digest where user_id = ? and local_date = ? and mail_id is null")
                        .params(tam.id(), day)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(digestRows(admin)).as("admins get no digest").isZero();
    }

    @Test
    void aDigestAnotherInstanceHasClaimedIsNotSentAgain() throws Exception {
        UserView tam = user(Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        UUID account = fixture.account(
                TestData.unique("Claimed Co"), "SMB", "APAC", day.minusDays(30), null, null, null, false, tam.id());
        UUID onboarding = fixture.onboarding(account, tam.id(), day.minusDays(20), null);
        fixture(fixture, onboarding, 1, "Overdue", day.minusDays(2), "OPEN");
        jdbc.sql("insert into daily_digest (user_id, kind, local_date, created_at) values (?, 'TAM_TASKS', ?, now())")
                .params(tam.id(), day)
                .update();

        assertThat(digests.send(tam, new DigestLog.Key(tam.id(), DigestKind.TAM_TASKS, day)))
                .isFalse();
        digests.sendDue(karachiMorning);
        OutboxDelivery.sendDueNow(context);

        assertThat(receivedBy(tam.email())).isEmpty();
    }

    @Test
    void aDigestCostsTheSameStatementsForTwoTasksAsForSixty() {
        UserView few = user(Role.TAM);
        UserView many = user(Role.TAM);
        var fixture = new DashboardFixture(jdbc);
        tasks(fixture, few, 2);
        tasks(fixture, many, 60);

        long forFew = statementsToSend(few);
        long forMany = statementsToSend(many);

        // Every statement counts: the reads, the outbox insert and the digest row's two JDBC statements.
        assertThat(forMany).isEqualTo(forFew).isBetween(1L, 5L);
        String text = jdbc.sql("""
                        select m.text_body from daily_digest d join mail_outbox m on m.id = d.mail_id
                        where d.user_id = ? and d.local_date = ?""").params(many.id(), day).query(String.class).single();
        assertThat(text)
                .contains("Overdue (30)")
                .contains("And 5 more: http://localhost:8080/dashboard")
                .contains("Due tomorrow (30)");
    }

    private long statementsToSend(UserView tam) {
        Reactions.awaitQuiet(jdbc);
        long before = StatementCounter.onThisThread();
        assertThat(digests.send(tam, new DigestLog.Key(tam.id(), DigestKind.TAM_TASKS, day)))
                .isTrue();
        long count = StatementCounter.onThisThread() - before;
        System.out.printf("daily digest of %s: %d statements%n", tam.username(), count);
        return count;
    }

    /** Half the tasks overdue, half due tomorrow, one CTA on its own account each. */
    private void tasks(DashboardFixture fixture, UserView tam, int count) {
        for (int i = 0; i < count; i++) {
            UUID account = fixture.account(
                    TestData.unique("Busy Co"), "SMB", "AMER", day.minusDays(30), null, null, null, false, tam.id());
            UUID onboarding = fixture.onboarding(account, tam.id(), day.minusDays(20), null);
            fixture.task(onboarding, 1, "Task " + i, i % 2 == 0 ? day.minusDays(1) : day.plusDays(1), "OPEN");
        }
    }

    private UserView user(Role role) {
        String username = TestData.unique(role.name().toLowerCase());
        return users.create(new NewUser(
                username,
                "User " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(role),
                null,
                KARACHI));
    }

    private UserView switchedOff(UserView user) {
        UserView changed = users.changeProfile(
                user.id(), new ProfileChanges(user.timeZone(), user.weeklyReport(), false, user.version()));
        assertThat(changed.dailyDigests()).isFalse();
        return changed;
    }

    private static String fixture(
            DashboardFixture fixture, UUID ctaId, int position, String title, LocalDate due, String status) {
        String unique = TestData.unique(title);
        fixture.task(ctaId, position, unique, due, status);
        return unique;
    }

    /** An account without a TAM and its ASSIGN_TAM item, routed to {@code manager}. */
    private UUID waitingFor(
            DashboardFixture fixture,
            String name,
            UserView manager,
            LocalDate start,
            LocalDate due,
            LocalDate closed,
            LocalDate snoozedUntil) {
        UUID account = fixture.account(name, "ENTERPRISE", "EMEA", start, null, null, null, false, null);
        fixture.cta(account, "ASSIGN_TAM", "NEW_CUSTOMER", manager.id(), start, due, closed, snoozedUntil);
        return account;
    }

    private long digestRows(UserView user) {
        return jdbc.sql("select count(*) from daily_digest where user_id = ?")
                .param(user.id())
                .query(Long.class)
                .single();
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String content(MimeMultipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
