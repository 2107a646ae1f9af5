package dev.facet.cta;

import dev.facet.account.Gemstone;
import org.jspecify.annotations.Nullable;

/** A line of the cockpit: the CTA as lists show it, and its account's gemstone. */
public record CockpitEntry(CtaSummary cta, @Nullable Gemstone gemstone) {}
