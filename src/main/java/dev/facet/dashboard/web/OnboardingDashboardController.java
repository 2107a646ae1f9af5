package dev.facet.dashboard.web;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.Cohort;
import dev.facet.dashboard.DaysBucket;
import dev.facet.dashboard.DaysDistribution;
import dev.facet.dashboard.Metric;
import dev.facet.dashboard.MetricState;
import dev.facet.dashboard.OnboardingCounts;
import dev.facet.dashboard.OnboardingDashboard;
import dev.facet.dashboard.OnboardingFilter;
import dev.facet.dashboard.OnboardingStatus;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.web.PageView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Customer Onboarding dashboard (everyone may read it) and the list of onboardings behind each
 * of its figures. Filters live in the URL, so a filtered view can be shared as a link.
 */
@Controller
class OnboardingDashboardController {

    static final int PAGE_SIZE = 10;
    static final int ACCOUNTS_PAGE_SIZE = 25;

    private final OnboardingDashboard dashboard;
    private final UserManagement users;
    private final ChartConfigs charts;

    OnboardingDashboardController(OnboardingDashboard dashboard, UserManagement users, ChartConfigs charts) {
        this.dashboard = dashboard;
        this.users = users;
        this.charts = charts;
    }

    @GetMapping("/onboarding")
    String dashboard(@ModelAttribute("query") OnboardingQuery query, Model model) {
        OnboardingFilter filter = query.filter();
        OnboardingCounts counts = dashboard.counts(filter);
        List<BurnDownSection> burnDowns = new ArrayList<>();
        for (BurnDownList list : BurnDownList.values()) {
            var page = dashboard.burnDown(list, filter, PageRequest.of(query.page(list), PAGE_SIZE));
            burnDowns.add(new BurnDownSection(
                    list,
                    counts.goal(list.metric()),
                    PageView.of(page),
                    query.burnDownPages(list),
                    query.burnDownCsv(list)));
        }
        List<Cohort> cohorts = dashboard.cohorts(filter);
        DaysDistribution distribution = dashboard.distribution(filter);
        model.addAttribute("counts", counts);
        model.addAttribute("burnDowns", burnDowns);
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("distribution", distribution);
        model.addAttribute("shareChart", charts.share(cohorts));
        model.addAttribute("medianChart", charts.median(cohorts));
        model.addAttribute("distributionChart", charts.distribution(distribution));
        model.addAttribute("bucketLabels", bucketLabels());
        model.addAttribute("maxCohorts", OnboardingDashboard.MAX_COHORTS);
        model.addAttribute("met", MetricState.MET);
        var burnDownOf = new java.util.EnumMap<Metric, BurnDownList>(Metric.class);
        for (BurnDownList list : BurnDownList.values()) {
            burnDownOf.put(list.metric(), list);
        }
        model.addAttribute("burnDownOf", burnDownOf);
        addChoices(model);
        return "dashboard/onboarding";
    }

    @GetMapping("/onboarding/accounts")
    String accounts(@ModelAttribute("query") OnboardingQuery query, Model model) {
        var page = dashboard.onboardings(
                query.filter(), query.selection(), PageRequest.of(query.getPage(), ACCOUNTS_PAGE_SIZE));
        model.addAttribute("page", PageView.of(page));
        addChoices(model);
        return "dashboard/onboarding-accounts";
    }

    private java.util.Map<DaysBucket, String> bucketLabels() {
        var labels = new java.util.EnumMap<DaysBucket, String>(DaysBucket.class);
        for (DaysBucket bucket : DaysBucket.values()) {
            labels.put(bucket, charts.bucketLabel(bucket));
        }
        return labels;
    }

    private void addChoices(Model model) {
        model.addAttribute("segments", Segment.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("gemstones", Gemstone.values());
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("states", MetricState.values());
        model.addAttribute("statuses", OnboardingStatus.values());
        model.addAttribute("burnDownLists", BurnDownList.values());
        model.addAttribute("buckets", DaysBucket.values());
        List<UserReference> managers = users.activeWithRole(Role.MANAGER);
        model.addAttribute("managers", managers);
        // Managers own onboardings too (a manager may be an account's TAM).
        model.addAttribute(
                "tams",
                Stream.concat(users.activeWithRole(Role.TAM).stream(), managers.stream())
                        .distinct()
                        .sorted(Comparator.comparing(UserReference::displayName))
                        .toList());
    }
}
