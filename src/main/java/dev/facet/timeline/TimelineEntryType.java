package dev.facet.timeline;

public enum TimelineEntryType {
    CALL,
    MEETING,
    EMAIL,
    UPDATE,
    WORKSHOP,
    AT_RISK_UPDATE;
}
