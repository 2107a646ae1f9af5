package dev.facet.dashboard.web;

import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.OnboardingRow;
import dev.facet.shared.web.PageView;

/** One burn-down list on the dashboard: its page of onboardings, its page links and its export. */
public record BurnDownSection(
        BurnDownList list, int goal, PageView<OnboardingRow> page, PageUrls pages, String csvUrl) {}
