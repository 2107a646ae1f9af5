package dev.facet.demo;

import dev.facet.account.AccountManagement;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.UserManagement;
import dev.facet.shared.EventReactions;
import dev.facet.team.ShadowingManagement;
import dev.facet.team.TeamPlanManagement;
import dev.facet.timeline.TimelineManagement;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo data on the first start of the demo profile; later starts find it already there. */
@Component
@Profile("demo")
@Order(1)
class DemoDataSeeder implements ApplicationRunner {

    private final UserManagement users;
    private final AccountManagement accounts;
    private final ApiTokenManagement tokens;
    private final CtaManagement ctas;
    private final CtaRulesAdministration ctaRules;
    private final PlaybookManagement playbooks;
    private final TimelineManagement timeline;
    private final LicenseUsageManagement licenseUsage;
    private final EventReactions reactions;
    private final TeamPlanManagement teamPlans;
    private final ShadowingManagement shadowing;
    private final Clock clock;
    private final int accountCount;

    DemoDataSeeder(
            UserManagement users,
            AccountManagement accounts,
            ApiTokenManagement tokens,
            CtaManagement ctas,
            CtaRulesAdministration ctaRules,
            PlaybookManagement playbooks,
            TimelineManagement timeline,
            LicenseUsageManagement licenseUsage,
            EventReactions reactions,
            TeamPlanManagement teamPlans,
            ShadowingManagement shadowing,
            Clock clock,
            @Value("${facet.demo.accounts:300}") int accountCount) {
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
        this.ctas = ctas;
        this.ctaRules = ctaRules;
        this.playbooks = playbooks;
        this.timeline = timeline;
        this.licenseUsage = licenseUsage;
        this.reactions = reactions;
        this.teamPlans = teamPlans;
        this.shadowing = shadowing;
        this.clock = clock;
        this.accountCount = accountCount;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            new DemoData(users, accounts, tokens, ctas, ctaRules, playbooks, timeline, licenseUsage, reactions, clock)
                    .generate(accountCount);
            new DemoTeamOnboarding(users, accounts, teamPlans, shadowing, clock).start(DemoData.PASSWORD);
        }
    }
}
