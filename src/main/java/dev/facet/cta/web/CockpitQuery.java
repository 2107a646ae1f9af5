package dev.facet.cta.web;

import dev.facet.cta.CockpitFilter;
import dev.facet.cta.CockpitSort;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * The cockpit's filters, sort and page, kept in the URL so a view can be bookmarked, shared and
 * saved; {@link #url} rebuilds the address for another page, {@link #sortUrl} for another sort.
 * {@code owner} is {@code team} (a manager's whole team) or a person's id; empty means oneself.
 */
public class CockpitQuery {

    static final String TEAM = "team";

    private @Nullable CtaType type;
    private @Nullable CtaStatus status;
    private boolean snoozed;
    private @Nullable String q;
    private @Nullable String owner;
    private @Nullable CockpitSort sort;
    private Sort.@Nullable Direction dir;
    private int page;

    CockpitFilter filter(List<UUID> owners) {
        return new CockpitFilter(owners, type, status, snoozed, q);
    }

    CockpitSort sortOrDefault() {
        return sort == null ? CockpitSort.URGENCY : sort;
    }

    Sort.Direction dirOrDefault() {
        return dir == null ? Sort.Direction.ASC : dir;
    }

    /** A person's id when the query names one, else null (oneself, or the whole team). */
    @Nullable
    UUID ownerId() {
        if (owner == null || owner.isBlank() || owner.equals(TEAM)) {
            return null;
        }
        try {
            return UUID.fromString(owner.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    boolean wholeTeam() {
        return TEAM.equals(owner);
    }

    /** Whether the address carried no choice at all: the cockpit then opens the person's default view. */
    boolean isEmpty() {
        return type == null
                && status == null
                && !snoozed
                && (q == null || q.isBlank())
                && owner == null
                && sort == null
                && dir == null
                && page == 0;
    }

    public String url(int toPage) {
        return "/ctas?" + query(sort, dir, snoozed, toPage);
    }

    /** The same filters with snoozed CTAs shown or hidden, from the first page. */
    public String snoozedToggleUrl() {
        return "/ctas?" + query(sort, dir, !snoozed, 0);
    }

    /** Sorted by the column named {@code by}: ascending first, the other way when it is the current sort. */
    public String sortUrl(String column) {
        CockpitSort by = CockpitSort.valueOf(column);
        Sort.Direction next =
                by == sortOrDefault() && dirOrDefault().isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        return "/ctas?" + query(by, next, snoozed, 0);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column header's aria-sort. */
    public String ariaSort(String column) {
        CockpitSort by = CockpitSort.valueOf(column);
        if (by != sortOrDefault()) {
            return "none";
        }
        return dirOrDefault().isAscending() ? "ascending" : "descending";
    }

    /** What a saved view keeps: every choice but the page, as the query of the cockpit's address. */
    public String savedQuery() {
        return query(sort, dir, snoozed, 0);
    }

    private String query(
            @Nullable CockpitSort bySort, Sort.@Nullable Direction byDir, boolean withSnoozed, int toPage) {
        List<String> parts = new ArrayList<>();
        if (owner != null && !owner.isBlank()) {
            add(parts, "owner", wholeTeam() ? TEAM : String.valueOf(ownerId()));
        }
        if (q != null && !q.isBlank()) {
            add(parts, "q", q.strip());
        }
        if (type != null) {
            add(parts, "type", type.name());
        }
        if (status != null) {
            add(parts, "status", status.name());
        }
        if (withSnoozed) {
            add(parts, "snoozed", "true");
        }
        if (bySort != null) {
            add(parts, "sort", bySort.name());
        }
        if (byDir != null) {
            add(parts, "dir", byDir.name());
        }
        if (toPage > 0) {
            add(parts, "page", Integer.toString(toPage));
        }
        return String.join("&", parts);
    }

    /** Form-encoded, as browsers send a GET form: "C++ {x}" comes back as typed, never as a template. */
    private static void add(List<String> parts, String name, String value) {
        parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
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

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q == null || q.length() <= 200 ? q : q.substring(0, 200);
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable CockpitSort getSort() {
        return sort;
    }

    public void setSort(@Nullable CockpitSort sort) {
        this.sort = sort;
    }

    public Sort.@Nullable Direction getDir() {
        return dir;
    }

    public void setDir(Sort.@Nullable Direction dir) {
        this.dir = dir;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }
}
