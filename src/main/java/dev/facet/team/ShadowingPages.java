package dev.facet.team;

import org.springframework.data.domain.Pageable;

/** Which page of each of the log's lists to read. */
public record ShadowingPages(Pageable calls, Pageable coLedMeetings, Pageable rolePlays) {}
