package dev.facet.team.web;

import dev.facet.team.ShadowingPages;
import org.springframework.data.domain.PageRequest;

/** The page each of the log's lists is on (0 for the newest). */
public record LogPageNumbers(int calls, int meetings, int rolePlays) {

    static final int PAGE_SIZE = 10;

    static final LogPageNumbers FIRST = new LogPageNumbers(0, 0, 0);

    public LogPageNumbers {
        calls = Math.max(calls, 0);
        meetings = Math.max(meetings, 0);
        rolePlays = Math.max(rolePlays, 0);
    }

    ShadowingPages pageable() {
        return new ShadowingPages(
                PageRequest.of(calls, PAGE_SIZE),
                PageRequest.of(meetings, PAGE_SIZE),
                PageRequest.of(rolePlays, PAGE_SIZE));
    }
}
