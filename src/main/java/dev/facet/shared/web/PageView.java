package dev.facet.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A page of rows plus a small, bounded window of page numbers: first, last, and a few around the
 * current one. Rendering every page link would cost one resource lookup per link (see STACK.md).
 */
public record PageView<T>(
        List<T> rows, int number, int size, long totalElements, int totalPages, List<Integer> window) {

    private static final int RADIUS = 2;

    public static <T> PageView<T> of(Page<T> page) {
        int current = page.getNumber();
        int last = Math.max(page.getTotalPages() - 1, 0);
        List<Integer> window = new ArrayList<>();
        window.add(0);
        for (int i = Math.max(1, current - RADIUS); i <= Math.min(last - 1, current + RADIUS); i++) {
            window.add(i);
        }
        if (last > 0) {
            window.add(last);
        }
        return new PageView<>(
                page.getContent(),
                current,
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages(),
                List.copyOf(window));
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    /** True where the window skips page numbers, so the view draws an ellipsis after this one. */
    public boolean gapAfter(int pageNumber) {
        int index = window.indexOf(pageNumber);
        return index >= 0 && index + 1 < window.size() && window.get(index + 1) > pageNumber + 1;
    }
}
