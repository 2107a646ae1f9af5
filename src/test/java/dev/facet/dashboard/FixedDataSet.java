package dev.facet.dashboard;

import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One TAM's onboardings with hand-computed metrics (T = today). Goals 14 / 30 / 45.
 *
 * <pre>
 * account  contract   start      closed     engagement        first value   engage      first value  onboard
 * A1       2025-01-01 2025-01-10 2025-02-13 CALL 2025-01-15   2025-01-21    5 MET       20 MET       34 MET
 * A2       2024-12-01 2025-01-20 2025-04-05 MEETING 2025-02-19 -            30 MISSED   OVERDUE      75 MISSED
 * A3       2025-01-05 2025-01-05 open       CALL 2025-01-01   2025-03-06    0 MET       60 MISSED    OVERDUE
 * B1 *     2025-02-01 2025-02-03 2025-03-10 (EMAIL only)      2025-02-11    OVERDUE     10 MET       35 MET
 * C1       T-10       T-10       open       -                 -             ON_TRACK    ON_TRACK     ON_TRACK
 * C2 *z    T-40       T-20       open       -                 -             OVERDUE     OVERDUE      ON_TRACK
 * C3       T-100      T-60       open       CALL T-50         -             10 MET      OVERDUE      OVERDUE
 * </pre>
 *
 * (* at risk; z snoozed until T+5.) A-accounts are ENTERPRISE/EMEA, B1 MID_MARKET/AMER, C-accounts
 * SMB/APAC. Tasks: C1 "Kickoff" due T-2, "Workshop" T+3, "Review" T+20; C2 "Call back" T-1 (snoozed);
 * C3 "Adoption check" T+7, "Health check" T+8, "Old done" T-9 done; A1 (closed) "Leftover" T-30;
 * a RISK CTA on C1's account with "Escalate" due T-5.
 */
record FixedDataSet(
        UserView manager,
        UserView tam,
        UUID a1,
        UUID a2,
        UUID a3,
        UUID b1,
        UUID c1,
        UUID c2,
        UUID c3,
        String c3Name,
        UUID c1Cta,
        UUID c2Cta,
        UUID c3Cta,
        UUID a3Cta,
        UUID riskCta) {

    static FixedDataSet create(UserManagement users, JdbcClient jdbc, LocalDate today) {
        UserView manager = TestData.user(users, Role.MANAGER);
        String username = TestData.unique("dashtam");
        UserView tam = users.create(new NewUser(
                username,
                "Dash " + username,
                username + "@test.example",
                TestData.PASSWORD,
                Set.of(Role.TAM),
                manager.id(),
                "UTC"));
        var f = new DashboardFixture(jdbc);
        UUID me = tam.id();
        String tag = TestData.unique("");

        UUID a1 = f.account(
                "A1 " + tag, "ENTERPRISE", "EMEA", d("2025-01-01"), d("2025-01-21"), "RUBY", "GREEN", false, me);
        UUID a1Cta = f.onboarding(a1, me, d("2025-01-10"), d("2025-02-13"));
        f.timeline(a1, "CALL", d("2025-01-15"), me);
        f.task(a1Cta, 1, "Leftover", today.minusDays(30), "OPEN");

        UUID a2 = f.account("A2 " + tag, "ENTERPRISE", "EMEA", d("2024-12-01"), null, "PEARL", null, false, me);
        f.onboarding(a2, me, d("2025-01-20"), d("2025-04-05"));
        f.timeline(a2, "MEETING", d("2025-02-19"), me);
        f.timeline(a2, "CALL", d("2025-03-01"), me);

        UUID a3 = f.account(
                "A3 " + tag, "ENTERPRISE", "EMEA", d("2025-01-05"), d("2025-03-06"), "DIAMOND", "RED", false, me);
        UUID a3Cta = f.onboarding(a3, me, d("2025-01-05"), null);
        f.timeline(a3, "CALL", d("2025-01-01"), me);

        UUID b1 = f.account("B1 " + tag, "MID_MARKET", "AMER", d("2025-02-01"), d("2025-02-11"), null, null, true, me);
        f.onboarding(b1, me, d("2025-02-03"), d("2025-03-10"));
        f.timeline(b1, "EMAIL", d("2025-02-05"), me);

        UUID c1 = f.account("C1 " + tag, "SMB", "APAC", today.minusDays(10), null, "RUBY", "GREEN", false, me);
        UUID c1Cta = f.onboarding(c1, me, today.minusDays(10), null);
        f.task(c1Cta, 1, "Kickoff", today.minusDays(2), "OPEN");
        f.task(c1Cta, 2, "Workshop", today.plusDays(3), "OPEN");
        f.task(c1Cta, 3, "Review", today.plusDays(20), "OPEN");
        UUID riskCta = f.cta(c1, "RISK", "OTHER", me, today.minusDays(8), today.plusDays(6), null, null);
        f.task(riskCta, 1, "Escalate", today.minusDays(5), "OPEN");

        UUID c2 = f.account("C2 " + tag, "SMB", "APAC", today.minusDays(40), null, "QUARTZ", "YELLOW", true, me);
        UUID c2Cta = f.cta(
                c2, "ONBOARDING", "NEW_CUSTOMER", me, today.minusDays(20), today.plusDays(25), null, today.plusDays(5));
        f.task(c2Cta, 1, "Call back", today.minusDays(1), "OPEN");

        String c3Name = "=SUM(1,2) \"C3\" " + tag;
        UUID c3 = f.account(c3Name, "SMB", "APAC", today.minusDays(100), null, "SAPPHIRE", null, false, me);
        UUID c3Cta = f.onboarding(c3, me, today.minusDays(60), null);
        f.timeline(c3, "CALL", today.minusDays(50), me);
        f.task(c3Cta, 1, "Old done", today.minusDays(9), "DONE");
        f.task(c3Cta, 2, "Adoption check", today.plusDays(7), "OPEN");
        f.task(c3Cta, 3, "Health check", today.plusDays(8), "OPEN");

        return new FixedDataSet(manager, tam, a1, a2, a3, b1, c1, c2, c3, c3Name, c1Cta, c2Cta, c3Cta, a3Cta, riskCta);
    }

    OnboardingFilter filter() {
        return OnboardingFilter.ofTam(tam.id());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
