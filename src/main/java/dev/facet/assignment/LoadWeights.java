package dev.facet.assignment;

import dev.facet.account.Gemstone;
import org.jspecify.annotations.Nullable;

/**
 * What each part of a TAM's load weighs: an open onboarding, and each account of their book by its
 * gemstone (an account not classified yet weighs {@code unclassified}). Admin data; {@code version}
 * guards concurrent edits.
 */
public record LoadWeights(
        int openOnboarding,
        int diamond,
        int pearl,
        int sapphire,
        int ruby,
        int quartz,
        int unclassified,
        long version) {

    /** The highest weight an admin may give, so a load stays a readable number. */
    public static final int MAX_WEIGHT = 100;

    public int of(@Nullable Gemstone gemstone) {
        if (gemstone == null) {
            return unclassified;
        }
        return switch (gemstone) {
            case DIAMOND -> diamond;
            case PEARL -> pearl;
            case SAPPHIRE -> sapphire;
            case RUBY -> ruby;
            case QUARTZ -> quartz;
        };
    }
}
