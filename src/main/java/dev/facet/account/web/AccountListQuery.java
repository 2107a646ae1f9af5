package dev.facet.account.web;

import dev.facet.account.AccountFilter;
import dev.facet.account.AccountSort;
import dev.facet.account.Gemstone;
import dev.facet.account.LifecycleStage;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account list's state as it travels in the URL, so a filtered, sorted page can be bookmarked
 * and shared; {@link #url} rebuilds the link for another page or sort.
 */
record AccountListQuery(
        @Nullable String q,
        @Nullable Segment segment,
        @Nullable Region region,
        @Nullable Gemstone gemstone,
        @Nullable UUID tam,
        @Nullable LifecycleStage stage,
        @Nullable AccountSort sort,
        Sort.@Nullable Direction dir,
        @Nullable Integer page,
        @Nullable Integer size) {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;

    AccountListQuery {
        sort = sort == null ? AccountSort.NAME : sort;
        dir = dir == null ? Sort.Direction.ASC : dir;
        page = page == null ? 0 : Math.max(page, 0);
        size = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    @Override
    public AccountSort sort() {
        return java.util.Objects.requireNonNull(sort);
    }

    @Override
    public Sort.Direction dir() {
        return java.util.Objects.requireNonNull(dir);
    }

    @Override
    public Integer page() {
        return java.util.Objects.requireNonNull(page);
    }

    @Override
    public Integer size() {
        return java.util.Objects.requireNonNull(size);
    }

    AccountFilter filter() {
        return new AccountFilter(q, segment, region, gemstone, tam, stage);
    }

    public String url(int toPage) {
        return build(sort, dir, toPage);
    }

    /** Clicking the current sort column flips the direction; another column starts ascending. */
    public String sortUrl(String column) {
        AccountSort by = AccountSort.valueOf(column);
        Sort.Direction next = by == sort && dir == Sort.Direction.ASC ? Sort.Direction.DESC : Sort.Direction.ASC;
        return build(by, next, 0);
    }

    private String build(AccountSort bySort, Sort.Direction byDir, int toPage) {
        var uri = UriComponentsBuilder.fromPath("/accounts");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        if (segment != null) {
            uri.queryParam("segment", segment);
        }
        if (region != null) {
            uri.queryParam("region", region);
        }
        if (gemstone != null) {
            uri.queryParam("gemstone", gemstone);
        }
        if (tam != null) {
            uri.queryParam("tam", tam);
        }
        if (stage != null) {
            uri.queryParam("stage", stage);
        }
        uri.queryParam("sort", bySort).queryParam("dir", byDir);
        if (toPage > 0) {
            uri.queryParam("page", toPage);
        }
        if (size != DEFAULT_SIZE) {
            uri.queryParam("size", size);
        }
        return uri.encode().build().toUriString();
    }
}
