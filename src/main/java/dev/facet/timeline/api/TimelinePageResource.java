package dev.facet.timeline.api;

import java.util.List;

/** A page of entries with enough to fetch the next one (the same shape as the account API's pages). */
record TimelinePageResource(
        List<TimelineEntryResource> content, int page, int size, long totalElements, int totalPages) {}
