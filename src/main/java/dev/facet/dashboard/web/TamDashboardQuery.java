package dev.facet.dashboard.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The page of each list on the TAM dashboard, kept in the URL. */
public class TamDashboardQuery {

    private int page;
    private int overduePage;
    private int weekPage;
    private int snoozedPage;

    public PageUrls onboardingPages() {
        return pages("page", "my-onboardings");
    }

    public PageUrls overduePages() {
        return pages("overduePage", "my-overdue-tasks");
    }

    public PageUrls weekPages() {
        return pages("weekPage", "my-week-tasks");
    }

    public PageUrls snoozedPages() {
        return pages("snoozedPage", "my-snoozed");
    }

    private PageUrls pages(String param, String anchor) {
        var uri = UriComponentsBuilder.fromPath("/dashboard");
        if (page > 0) {
            uri.queryParam("page", page);
        }
        if (overduePage > 0) {
            uri.queryParam("overduePage", overduePage);
        }
        if (weekPage > 0) {
            uri.queryParam("weekPage", weekPage);
        }
        if (snoozedPage > 0) {
            uri.queryParam("snoozedPage", snoozedPage);
        }
        return new PageUrls(uri, param, anchor);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public int getOverduePage() {
        return overduePage;
    }

    public void setOverduePage(int overduePage) {
        this.overduePage = Math.max(overduePage, 0);
    }

    public int getWeekPage() {
        return weekPage;
    }

    public void setWeekPage(int weekPage) {
        this.weekPage = Math.max(weekPage, 0);
    }

    public int getSnoozedPage() {
        return snoozedPage;
    }

    public void setSnoozedPage(int snoozedPage) {
        this.snoozedPage = Math.max(snoozedPage, 0);
    }
}
