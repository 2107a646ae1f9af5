package dev.facet.dashboard.web;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.dashboard.BurnDownList;
import dev.facet.dashboard.DaysBucket;
import dev.facet.dashboard.Metric;
import dev.facet.dashboard.MetricState;
import dev.facet.dashboard.OnboardingFilter;
import dev.facet.dashboard.OnboardingSelection;
import dev.facet.dashboard.OnboardingStatus;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Customer Onboarding dashboard's URL: the filters (segment, region, gemstone, manager, TAM,
 * start months), the selection of the accounts list behind a figure (metric, state, status, days)
 * and the page of each list. It builds every link of the dashboard, so a figure's link carries the
 * same filters as the page it is on.
 */
public class OnboardingQuery {

    static final String DASHBOARD = "/onboarding";
    static final String ACCOUNTS = "/onboarding/accounts";

    private @Nullable Segment segment;
    private @Nullable Region region;
    private @Nullable Gemstone gemstone;
    private @Nullable UUID manager;
    private @Nullable UUID tam;
    private @Nullable YearMonth from;
    private @Nullable YearMonth to;
    private @Nullable Metric metric;
    private @Nullable MetricState state;
    private @Nullable OnboardingStatus status;
    private @Nullable Integer daysFrom;
    private @Nullable Integer daysTo;
    private int page;
    private int notEngagedPage;
    private int noFirstValuePage;
    private int notOnboardedPage;

    public OnboardingFilter filter() {
        return new OnboardingFilter(segment, region, gemstone, manager, tam, from, to);
    }

    public OnboardingSelection selection() {
        return new OnboardingSelection(metric, state, status, daysFrom, daysTo);
    }

    public int page(BurnDownList list) {
        return switch (list) {
            case NOT_ENGAGED -> notEngagedPage;
            case NO_FIRST_VALUE -> noFirstValuePage;
            case NOT_ONBOARDED -> notOnboardedPage;
        };
    }

    static String pageParam(BurnDownList list) {
        return switch (list) {
            case NOT_ENGAGED -> "notEngagedPage";
            case NO_FIRST_VALUE -> "noFirstValuePage";
            case NOT_ONBOARDED -> "notOnboardedPage";
        };
    }

    /** Whether any filter narrows the scope (the page says so beside the counts). */
    public boolean filtered() {
        return segment != null
                || region != null
                || gemstone != null
                || manager != null
                || tam != null
                || from != null
                || to != null;
    }

    // ---- links ----

    /** {@code path} with this query's filters, and nothing else. */
    UriComponentsBuilder filtered(String path) {
        return filtered(path, from, to);
    }

    private UriComponentsBuilder filtered(String path, @Nullable YearMonth fromMonth, @Nullable YearMonth toMonth) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "segment", segment);
        add(uri, "region", region);
        add(uri, "gemstone", gemstone);
        add(uri, "manager", manager);
        add(uri, "tam", tam);
        add(uri, "from", fromMonth);
        add(uri, "to", toMonth);
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String url(UriComponentsBuilder uri) {
        return uri.build().encode().toUriString();
    }

    /** The page links of a burn-down list: the dashboard's URL with the other lists' pages kept. */
    public PageUrls burnDownPages(BurnDownList list) {
        var uri = filtered(DASHBOARD);
        for (BurnDownList other : BurnDownList.values()) {
            if (page(other) > 0) {
                uri.queryParam(pageParam(other), page(other));
            }
        }
        return new PageUrls(uri, pageParam(list), "burn-down-" + list);
    }

    /** The page links of the accounts list. */
    public PageUrls accountPages() {
        return new PageUrls(selected(ACCOUNTS), "page", "onboarding-accounts");
    }

    private UriComponentsBuilder selected(String path) {
        var uri = filtered(path);
        add(uri, "metric", metric);
        add(uri, "state", state);
        add(uri, "status", status);
        add(uri, "daysFrom", daysFrom);
        add(uri, "daysTo", daysTo);
        return uri;
    }

    /** The dashboard with this query's filters. */
    public String dashboard() {
        return url(filtered(DASHBOARD));
    }

    public String accounts() {
        return url(filtered(ACCOUNTS));
    }

    public String accounts(OnboardingStatus onboardingStatus) {
        return url(filtered(ACCOUNTS).queryParam("status", onboardingStatus));
    }

    public String accounts(Metric m, MetricState s) {
        return url(filtered(ACCOUNTS).queryParam("metric", m).queryParam("state", s));
    }

    public String burnDown(BurnDownList list) {
        return accounts(list.metric(), MetricState.OVERDUE) + "&status=" + OnboardingStatus.OPEN;
    }

    public String bucket(Metric m, DaysBucket bucket) {
        var uri = filtered(ACCOUNTS).queryParam("metric", m).queryParam("daysFrom", bucket.from());
        add(uri, "daysTo", bucket.to());
        return url(uri);
    }

    /** The accounts of one start-month cohort (the month replaces the page's start months). */
    public String cohort(YearMonth month) {
        return url(filtered(ACCOUNTS, month, month));
    }

    public String cohort(YearMonth month, Metric m, MetricState s) {
        return url(filtered(ACCOUNTS, month, month).queryParam("metric", m).queryParam("state", s));
    }

    public String burnDownCsv(BurnDownList list) {
        return url(filtered(DASHBOARD + "/burn-down.csv").queryParam("list", list));
    }

    public String cohortsCsv() {
        return url(filtered(DASHBOARD + "/cohorts.csv"));
    }

    public String accountsCsv() {
        return url(selected(ACCOUNTS + ".csv"));
    }

    // ---- bound properties ----

    public @Nullable Segment getSegment() {
        return segment;
    }

    public void setSegment(@Nullable Segment segment) {
        this.segment = segment;
    }

    public @Nullable Region getRegion() {
        return region;
    }

    public void setRegion(@Nullable Region region) {
        this.region = region;
    }

    public @Nullable Gemstone getGemstone() {
        return gemstone;
    }

    public void setGemstone(@Nullable Gemstone gemstone) {
        this.gemstone = gemstone;
    }

    public @Nullable UUID getManager() {
        return manager;
    }

    public void setManager(@Nullable UUID manager) {
        this.manager = manager;
    }

    public @Nullable UUID getTam() {
        return tam;
    }

    public void setTam(@Nullable UUID tam) {
        this.tam = tam;
    }

    public @Nullable YearMonth getFrom() {
        return from;
    }

    public void setFrom(@Nullable YearMonth from) {
        this.from = from;
    }

    public @Nullable YearMonth getTo() {
        return to;
    }

    public void setTo(@Nullable YearMonth to) {
        this.to = to;
    }

    public @Nullable Metric getMetric() {
        return metric;
    }

    public void setMetric(@Nullable Metric metric) {
        this.metric = metric;
    }

    public @Nullable MetricState getState() {
        return state;
    }

    public void setState(@Nullable MetricState state) {
        this.state = state;
    }

    public @Nullable OnboardingStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable OnboardingStatus status) {
        this.status = status;
    }

    public @Nullable Integer getDaysFrom() {
        return daysFrom;
    }

    public void setDaysFrom(@Nullable Integer daysFrom) {
        this.daysFrom = daysFrom;
    }

    public @Nullable Integer getDaysTo() {
        return daysTo;
    }

    public void setDaysTo(@Nullable Integer daysTo) {
        this.daysTo = daysTo;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public int getNotEngagedPage() {
        return notEngagedPage;
    }

    public void setNotEngagedPage(int notEngagedPage) {
        this.notEngagedPage = Math.max(notEngagedPage, 0);
    }

    public int getNoFirstValuePage() {
        return noFirstValuePage;
    }

    public void setNoFirstValuePage(int noFirstValuePage) {
        this.noFirstValuePage = Math.max(noFirstValuePage, 0);
    }

    public int getNotOnboardedPage() {
        return notOnboardedPage;
    }

    public void setNotOnboardedPage(int notOnboardedPage) {
        this.notOnboardedPage = Math.max(notOnboardedPage, 0);
    }
}
