package dev.facet.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import dev.facet.account.AccountManagement;
import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaType;
import dev.facet.cta.DelayCause;
import dev.facet.cta.NewCta;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.2 AA as axe-core checks it: the main pages, each as the role that uses it, with no
 * critical or serious violation. axe-core comes from the npm registry (the build unpacks it into
 * {@code target/axe-core}); the counts of every page are written to {@code target/accessibility.txt}.
 */
@ApplicationTest
class AccessibilityJourneyTests extends BrowserJourney {

    private static final Path AXE = Path.of("target", "axe-core", "package", "axe.min.js");
    private static final Path REPORT = Path.of("target", "accessibility.txt");

    /** Only these two impacts fail the build; moderate and minor ones are listed in the report. */
    private static final String RUN_AXE = """
            async () => {
                const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}
                });
                return result.violations.map(v => ({
                    id: v.id,
                    impact: v.impact,
                    nodes: v.nodes.length,
                    first: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n')[1]).join(' | ')
                }));
            }""";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    @Override
    boolean injectsScripts() {
        return true;
    }

    @Test
    void theMainPagesHaveNoCriticalOrSeriousViolation() throws IOException {
        UserView manager = TestData.user(users, Role.MANAGER);
        UserView tam = TestData.user(users, Role.TAM);
        UserView admin = TestData.user(users, Role.ADMIN);
        String name = "Accessible " + TestData.unique("co");
        UUID accountId = account(name, tam);
        UUID ctaId = onboarding(accountId, tam);
        String axe = Files.readString(AXE);

        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        check(found, axe, "/login", null);
        signIn(port, tam);
        for (String path : List.of(
                "/dashboard",
                "/ctas",
                "/ctas/" + ctaId,
                "/accounts",
                "/accounts/" + accountId,
                "/accounts/" + accountId + "/c360",
                "/onboarding",
                "/onboarding/accounts?metric=TIME_TO_ENGAGE&state=ON_TRACK",
                "/search?q=Accessible",
                "/team/shadowing",
                "/profile")) {
            check(found, axe, path, tam);
        }
        signOut();
        signIn(port, manager);
        for (String path : List.of("/manager", "/team/plans", "/accounts/new", "/accounts/" + accountId + "/edit")) {
            check(found, axe, path, manager);
        }
        signOut();
        signIn(port, admin);
        for (String path : List.of(
                "/admin",
                "/admin/users",
                "/admin/api-tokens",
                "/admin/cta-rules",
                "/admin/cta-routing",
                "/admin/playbooks",
                "/admin/email-templates",
                "/admin/outbox",
                "/admin/metric-goals",
                "/admin/gemstone-thresholds",
                "/admin/team-plan")) {
            check(found, axe, path, admin);
        }

        Files.writeString(REPORT, report(found));
        List<String> failing = new ArrayList<>();
        found.forEach((page, violations) -> violations.stream()
                .filter(v -> "critical".equals(v.get("impact")) || "serious".equals(v.get("impact")))
                .forEach(v -> failing.add(page + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes")
                        + " nodes) " + v.get("first"))));
        assertThat(found).hasSizeGreaterThanOrEqualTo(20);
        assertThat(failing).as("critical or serious axe violations").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, List<Map<String, Object>>> found, String axe, String path, UserView as) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN_AXE);
        found.put(
                path
                        + (as == null
                                ? " (signed out)"
                                : " (" + as.roles().iterator().next() + ")"),
                violations);
    }

    private static String report(Map<String, List<Map<String, Object>>> found) {
        StringBuilder text = new StringBuilder("page\tcritical\tserious\tmoderate\tminor\n");
        found.forEach((page, violations) -> {
            text.append(page);
            for (String impact : List.of("critical", "serious", "moderate", "minor")) {
                long nodes = violations.stream()
                        .filter(v -> impact.equals(v.get("impact")))
                        .mapToLong(v -> ((Number) v.get("nodes")).longValue())
                        .sum();
                text.append('\t').append(nodes);
            }
            text.append('\n');
            violations.forEach(v -> text.append("\t")
                    .append(v.get("impact"))
                    .append(' ')
                    .append(v.get("id"))
                    .append(": ")
                    .append(v.get("first"))
                    .append('\n'));
        });
        return text.toString();
    }

    private UUID account(String name, UserView tam) {
        return Accounts.aQuietAccount(
                accounts,
                name,
                tam.username(),
                List.of(new ContactDetails("Ana Admin", "ana@a11y.example", Set.of(ContactRole.ADMIN))));
    }

    /** An onboarding with some history, so the CTA page shows tasks, comments and the enablement emails. */
    private UUID onboarding(UUID accountId, UserView tam) {
        CtaActor actor = CtaActor.user(SignedIn.currentUser(tam));
        UUID template = playbooks.templates().stream()
                .filter(t -> t.code().equals(PlaybookManagement.ONBOARDING_SAAS))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID id = ctas.create(
                new NewCta(
                        accountId,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.HIGH,
                        tam.id(),
                        template,
                        today.minusDays(20),
                        null),
                actor);
        ctas.comment(id, "Kickoff booked for next week", actor);
        ctas.logDelay(id, DelayCause.OUR_SIDE, "Waiting for the SA's notes", Sentiment.YELLOW, actor);
        return id;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign out"))
                .click();
    }
}
