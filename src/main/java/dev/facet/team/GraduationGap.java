package dev.facet.team;

/**
 * What keeps a graduation criterion from being met: a message code with a count and a detail (open
 * item titles, short weeks), said in the page's words.
 */
public record GraduationGap(String code, long count, String detail) {}
