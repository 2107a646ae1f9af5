package dev.facet.account.api;

import java.util.List;

/** A page of results with enough to fetch the next one. */
record PageResource<T>(List<T> content, int page, int size, long totalElements, int totalPages) {}
