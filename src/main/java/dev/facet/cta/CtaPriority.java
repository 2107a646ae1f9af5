package dev.facet.cta;

public enum CtaPriority {
    LOW,
    MEDIUM,
    HIGH;
}
