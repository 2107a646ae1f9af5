package dev.facet.cta;

public enum TaskStatus {
    OPEN,
    DONE,
    NOT_APPLICABLE;
}
