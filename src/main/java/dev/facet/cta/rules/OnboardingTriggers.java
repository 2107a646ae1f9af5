package dev.facet.cta.rules;

import dev.facet.account.Gemstone;
import dev.facet.account.OpportunityStage;
import dev.facet.account.OpportunityType;
import dev.facet.account.Segment;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The automatic onboarding triggers of DOMAIN 3 (the fifth, by hand, is a user's choice). Each takes
 * the facts of one change and the rule's settings, and says whether it fires and why.
 */
public final class OnboardingTriggers {

    private OnboardingTriggers() {}

    /** The facts of an account that every trigger looks at. */
    public record AccountFacts(Segment segment, boolean publicSector, BigDecimal arr) {}

    /** Trigger 1: a purchase or upgrade brings ARR to at least the segment's threshold. */
    public static Optional<RuleFiring> tamQualifyingArr(
            RuleSettings settings, AccountFacts account, @Nullable BigDecimal previousArr) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        boolean purchaseOrUpgrade = previousArr == null || account.arr().compareTo(previousArr) > 0;
        BigDecimal threshold = settings.arrThreshold(account.segment(), account.publicSector());
        if (!purchaseOrUpgrade || threshold == null || account.arr().compareTo(threshold) < 0) {
            return Optional.empty();
        }
        String was = previousArr == null ? "new account" : "was " + Money.dollars(previousArr);
        return Optional.of(new RuleFiring(
                settings.rule(),
                settings.version(),
                "ARR %s (%s) >= %s threshold %s"
                        .formatted(
                                Money.dollars(account.arr()),
                                was,
                                RuleSettings.thresholdName(account.segment(), account.publicSector()),
                                Money.dollars(threshold))));
    }

    /** An opportunity as trigger 2 sees it. */
    public record OpportunityFacts(
            String crmId,
            OpportunityType type,
            @Nullable OpportunityStage previousStage,
            OpportunityStage stage,
            BigDecimal amount) {}

    /**
     * Trigger 2: an opportunity reaches 5-Negotiating or a later open stage, and the ARR once it
     * closes (current ARR plus the amount of a new-business or add-on deal) meets trigger 1's
     * threshold.
     */
    public static Optional<RuleFiring> stageFive(
            RuleSettings settings, RuleSettings arrSettings, AccountFacts account, OpportunityFacts opportunity) {
        if (!settings.enabled() || !isLateOpenStage(opportunity.stage())) {
            return Optional.empty();
        }
        if (opportunity.previousStage() != null && isLateOpenStage(opportunity.previousStage())) {
            return Optional.empty(); // it reached the stage earlier; moving within late stages is no news
        }
        BigDecimal threshold = arrSettings.arrThreshold(account.segment(), account.publicSector());
        boolean addsArr =
                opportunity.type() == OpportunityType.NEW_BUSINESS || opportunity.type() == OpportunityType.ADD_ON;
        BigDecimal added = addsArr ? opportunity.amount() : BigDecimal.ZERO;
        BigDecimal arrOnceClosed = account.arr().add(added);
        if (threshold == null || arrOnceClosed.compareTo(threshold) < 0) {
            return Optional.empty();
        }
        return Optional.of(new RuleFiring(
                settings.rule(),
                settings.version(),
                "Opportunity %s (%s) reached %s; ARR once closed %s + %s = %s >= %s threshold %s (ARR rule v%d)"
                        .formatted(
                                opportunity.crmId(),
                                opportunity.type(),
                                opportunity.stage().label(),
                                Money.dollars(account.arr()),
                                Money.dollars(added),
                                Money.dollars(arrOnceClosed),
                                RuleSettings.thresholdName(account.segment(), account.publicSector()),
                                Money.dollars(threshold),
                                arrSettings.version())));
    }

    private static boolean isLateOpenStage(OpportunityStage stage) {
        return stage.isOpen() && stage.compareTo(OpportunityStage.NEGOTIATING) >= 0;
    }

    /**
     * Trigger 3: a purchase or upgrade leaves the account at the minimum gemstone (RUBY) or above.
     * Only a move up caused by the account's own facts counts; an admin's new thresholds are not a
     * purchase.
     */
    public static Optional<RuleFiring> gemstone(
            RuleSettings settings, @Nullable Gemstone previous, Gemstone current, boolean causedByAccountChange) {
        Gemstone minimum = settings.minimumGemstone();
        if (!settings.enabled() || minimum == null || !causedByAccountChange) {
            return Optional.empty();
        }
        // Gemstones are declared from the highest (DIAMOND) to the lowest (QUARTZ).
        boolean atLeastMinimum = current.compareTo(minimum) <= 0;
        boolean movedUp = previous == null || current.compareTo(previous) < 0;
        if (!atLeastMinimum || !movedUp) {
            return Optional.empty();
        }
        return Optional.of(new RuleFiring(
                settings.rule(),
                settings.version(),
                "Gemstone %s (%s) >= %s"
                        .formatted(current, previous == null ? "first gemstone" : "was " + previous, minimum)));
    }

    /** Trigger 4: the account was flagged for the onboarding pilot, whatever its segment. */
    public static Optional<RuleFiring> onboardingPilot(RuleSettings settings, AccountFacts account) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new RuleFiring(
                settings.rule(),
                settings.version(),
                "Onboarding pilot flag set (segment %s)".formatted(account.segment())));
    }
}
