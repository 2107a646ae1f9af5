package dev.facet.cta;

import org.jspecify.annotations.Nullable;

/** The cockpit's filters: type, status (null: every open CTA) and whether snoozed ones show. */
public record CockpitFilter(
        @Nullable CtaType type, @Nullable CtaStatus status, boolean withSnoozed) {}
