package dev.facet.dashboard;

import dev.facet.account.Gemstone;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The scope of the Customer Onboarding dashboard; null means "any". The TAM is the owner of the
 * onboarding CTA (who did or does the onboarding), the manager is that TAM's manager, and the start
 * months bound the CTA's start date (both inclusive; the same month twice is a single month).
 */
public record OnboardingFilter(
        @Nullable Segment segment,
        @Nullable Region region,
        @Nullable Gemstone gemstone,
        @Nullable UUID managerId,
        @Nullable UUID tamId,
        @Nullable YearMonth fromMonth,
        @Nullable YearMonth toMonth) {

    public static OnboardingFilter everything() {
        return new OnboardingFilter(null, null, null, null, null, null, null);
    }

    public static OnboardingFilter ofTam(UUID tamId) {
        return new OnboardingFilter(null, null, null, null, tamId, null, null);
    }

    public OnboardingFilter withMonths(@Nullable YearMonth from, @Nullable YearMonth to) {
        return new OnboardingFilter(segment, region, gemstone, managerId, tamId, from, to);
    }
}
