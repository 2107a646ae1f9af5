package dev.facet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.facet.dashboard.DashboardFixture;
import dev.facet.mail.OutboxDelivery;
import dev.facet.security.ProfileChanges;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.MailContextTest;
import dev.facet.support.TestData;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The weekly report reaches each subscriber once, as HTML and plain text, with their onboardings. */
@MailContextTest
class WeeklyReportMailTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    WeeklyReport report;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachSubscriberGetsTheirOnboardingsOnceInHtmlAndPlainText() throws Exception {
        UserView subscriber = subscribe(TestData.user(users, Role.TAM));
        UserView bystander = TestData.user(users, Role.TAM);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var fixture = new DashboardFixture(jdbc);
        String silentName = TestData.unique("Silent Co");
        UUID silent = fixture.account(
                silentName, "ENTERPRISE", "EMEA", today.minusDays(40), null, "RUBY", null, false, subscriber.id());
        UUID silentOnboarding = fixture.onboarding(silent, subscriber.id(), today.minusDays(20), null);
        String lateTask = TestData.unique("Hold kickoff call");
        fixture.task(silentOnboarding, 1, lateTask, today.minusDays(3), "OPEN");
        String freshName = TestData.unique("Fresh Co");
        UUID fresh =
                fixture.account(freshName, "SMB", "AMER", today.minusDays(3), null, null, null, false, subscriber.id());
        fixture.onboarding(fresh, subscriber.id(), today.minusDays(2), null);
        fixture.timeline(fresh, "CALL", today.minusDays(1), subscriber.id());
        ZonedDateTime monday = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1);

        assertThat(report.send(monday)).isPositive();
        assertThat(report.send(monday)).as("the same week's report again").isZero();
        assertThat(report.send(monday.plusDays(2)))
                .as("the report day moved to later this week")
                .isZero();
        OutboxDelivery.sendDueNow(context);

        assertThat(receivedBy(bystander.email())).isEmpty();
        List<MimeMessage> mails = receivedBy(subscriber.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("Weekly onboarding report");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = content(parts, "text/plain");
        String html = content(parts, "text/html");
        assertThat(text)
                .contains("Your onboardings")
                .contains("Started this week (1)")
                .contains(freshName)
                .contains("Not engaged after 14 days (1)")
                .contains(silentName + " (" + subscriber.displayName() + "), 20 days")
                .contains("Overdue tasks (1)")
                .contains(lateTask)
                .contains("/profile");
        assertThat(html)
                .contains("Not engaged after 14 days (1)")
                .contains("/accounts/" + silent)
                .contains(lateTask)
                .doesNotContain("th:text");
    }

    private UserView subscribe(UserView user) {
        return users.changeProfile(
                user.id(), new ProfileChanges(user.timeZone(), true, user.dailyDigests(), user.version()));
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
