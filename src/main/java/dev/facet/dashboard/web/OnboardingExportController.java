package dev.facet.dashboard.web;

import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.Cohort;
import dev.facet.dashboard.CohortMetric;
import dev.facet.dashboard.Metric;
import dev.facet.dashboard.OnboardingDashboard;
import dev.facet.dashboard.OnboardingRow;
import dev.facet.dashboard.OnboardingSelection;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** CSV exports of the Customer Onboarding dashboard's lists, with the same filters as the page. */
@Controller
class OnboardingExportController {

    static final List<String> ONBOARDING_HEADER = List.of(
            "account",
            "account_id",
            "tam",
            "cta_status",
            "start_date",
            "due_date",
            "closed_date",
            "original_contract_date",
            "first_engagement_date",
            "first_value_date",
            "engage_days",
            "engage_state",
            "first_value_days",
            "first_value_state",
            "onboard_days",
            "onboard_state",
            "days_since_start",
            "days_since_contract",
            "gemstone",
            "sentiment",
            "at_risk");

    private final OnboardingDashboard dashboard;

    OnboardingExportController(OnboardingDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/onboarding/burn-down.csv")
    void burnDown(
            @ModelAttribute("query") OnboardingQuery query,
            @RequestParam BurnDownList list,
            HttpServletResponse response) {
        onboardings(
                query,
                list.selection(),
                "onboarding-" + list.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                response);
    }

    @GetMapping("/onboarding/accounts.csv")
    void accounts(@ModelAttribute("query") OnboardingQuery query, HttpServletResponse response) {
        onboardings(query, query.selection(), "onboardings", response);
    }

    @GetMapping("/onboarding/cohorts.csv")
    void cohorts(@ModelAttribute("query") OnboardingQuery query, HttpServletResponse response) {
        List<String> header = new ArrayList<>(List.of("start_month", "onboardings"));
        for (Metric metric : Metric.values()) {
            String prefix = metric.name().toLowerCase(Locale.ROOT);
            header.addAll(List.of(
                    prefix + "_met",
                    prefix + "_missed",
                    prefix + "_on_track",
                    prefix + "_overdue",
                    prefix + "_share_met_percent",
                    prefix + "_median_days"));
        }
        CsvWriter csv = CsvWriter.start(response, "onboarding-cohorts.csv", header);
        for (Cohort cohort : dashboard.cohorts(query.filter())) {
            List<Object> cells = new ArrayList<>(List.of(cohort.month(), cohort.onboardings()));
            for (Metric metric : Metric.values()) {
                CohortMetric m = cohort.metric(metric);
                cells.add(m.met());
                cells.add(m.missed());
                cells.add(m.onTrack());
                cells.add(m.overdue());
                cells.add(m.sharePercent());
                cells.add(m.medianDays());
            }
            csv.row(cells.toArray());
        }
        csv.flush();
    }

    private void onboardings(
            OnboardingQuery query, OnboardingSelection selection, String name, HttpServletResponse response) {
        CsvWriter csv = CsvWriter.start(response, name + ".csv", ONBOARDING_HEADER);
        dashboard.eachOnboarding(query.filter(), selection, row -> csv.row(cells(row)));
        csv.flush();
    }

    static Object[] cells(OnboardingRow r) {
        return new Object[] {
            r.accountName(),
            r.accountId().toString(),
            r.ownerName(),
            r.status(),
            r.startDate(),
            r.dueDate(),
            r.closedDate(),
            r.originalContractDate(),
            r.firstEngagementDate(),
            r.firstValueDate(),
            r.engageDays(),
            r.engageState(),
            r.firstValueDays(),
            r.firstValueState(),
            r.onboardDays(),
            r.onboardState(),
            r.daysSinceStart(),
            r.daysSinceContract(),
            r.gemstone(),
            r.sentiment(),
            r.atRisk()
        };
    }
}
