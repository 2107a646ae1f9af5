package dev.facet.digest;

import java.util.List;
import org.springframework.data.domain.Page;

/** The first rows of a digest's list and how many the list holds in all. */
public record Listing<T>(List<T> rows, long total) {

    static <T> Listing<T> of(Page<T> page) {
        return new Listing<>(page.getContent(), page.getTotalElements());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many rows the digest leaves out; the dashboard or queue it links to shows them. */
    public long more() {
        return total - rows.size();
    }
}
