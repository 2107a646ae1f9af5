package dev.facet.cta.web;

import dev.facet.cta.CockpitFilter;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The cockpit's filters and page, kept in the URL; {@link #url} rebuilds the link for another page. */
public class CockpitQuery {

    private @Nullable CtaType type;
    private @Nullable CtaStatus status;
    private boolean snoozed;
    private int page;

    CockpitFilter filter() {
        return new CockpitFilter(type, status, snoozed);
    }

    public String url(int toPage) {
        return build(snoozed, toPage);
    }

    /** The same filters with snoozed CTAs shown or hidden, from the first page. */
    public String snoozedToggleUrl() {
        return build(!snoozed, 0);
    }

    private String build(boolean withSnoozed, int toPage) {
        var uri = UriComponentsBuilder.fromPath("/ctas");
        if (type != null) {
            uri.queryParam("type", type);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (withSnoozed) {
            uri.queryParam("snoozed", true);
        }
        if (toPage > 0) {
            uri.queryParam("page", toPage);
        }
        return uri.build().toUriString();
    }

    public @Nullable CtaType getType() {
        return type;
    }

    public void setType(@Nullable CtaType type) {
        this.type = type;
    }

    public @Nullable CtaStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable CtaStatus status) {
        this.status = status;
    }

    public boolean isSnoozed() {
        return snoozed;
    }

    public void setSnoozed(boolean snoozed) {
        this.snoozed = snoozed;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
