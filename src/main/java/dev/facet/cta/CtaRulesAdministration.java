package dev.facet.cta;

import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins set for CTAs: the trigger rules, each saved as a new version, and the routing of
 * ASSIGN_TAM and RISK items with their due days and the snooze limit.
 */
@Service
@Transactional
public class CtaRulesAdministration {

    /** The most days an admin may give ASSIGN_TAM and RISK items, and the longest snooze. */
    public static final int MAX_DUE_DAYS = 365;

    private final RuleBook rules;
    private final Routing routing;
    private final UserManagement users;
    private final Clock clock;

    CtaRulesAdministration(RuleBook rules, Routing routing, UserManagement users, Clock clock) {
        this.rules = rules;
        this.routing = routing;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RuleSettings> currentRules() {
        return rules.currentAll();
    }

    /** Every saved version of a rule, newest first. */
    @Transactional(readOnly = true)
    public List<RuleVersionView> ruleHistory(TriggerRule rule) {
        return rules.history(rule);
    }

    /**
     * An admin saves a rule as its next version, if {@code basedOnVersion} is still the newest
     * (else {@link StaleEditException}). Parameters a rule does not use are dropped.
     */
    public RuleSettings changeRule(RuleSettings changes, int basedOnVersion, CurrentUser admin) {
        requireAdmin(admin);
        boolean arr = changes.rule() == TriggerRule.TAM_QUALIFYING_ARR;
        boolean gemstone = changes.rule() == TriggerRule.GEMSTONE;
        RuleSettings normalized = new RuleSettings(
                changes.rule(),
                changes.version(),
                changes.enabled(),
                arr ? nonNegative("enterpriseArrThreshold", changes.enterpriseArrThreshold()) : null,
                arr ? nonNegative("midMarketArrThreshold", changes.midMarketArrThreshold()) : null,
                arr ? nonNegative("smbArrThreshold", changes.smbArrThreshold()) : null,
                gemstone ? changes.minimumGemstone() : null);
        if (gemstone && normalized.minimumGemstone() == null) {
            throw new InvalidInputException(
                    "minimumGemstone", "cta.admin.rule.gemstoneRequired", "The Gemstone rule needs a minimum gemstone");
        }
        try {
            return rules.saveNewVersion(normalized, basedOnVersion, admin.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            // Another admin saved the same next version between our check and our insert.
            throw new StaleEditException("Rule");
        }
    }

    @Transactional(readOnly = true)
    public RoutingSettings routing() {
        return routing.settings();
    }

    /**
     * An admin replaces the routing table and the due days, if nobody saved since
     * {@code changes.version()}. Every manager named must be an active user with the MANAGER role.
     */
    public void changeRouting(RoutingSettings changes, CurrentUser admin) {
        requireAdmin(admin);
        requireDueDays("assignTamDueDays", changes.assignTamDueDays());
        requireDueDays("riskDueDays", changes.riskDueDays());
        if (changes.snoozeMaxDays() < 1 || changes.snoozeMaxDays() > MAX_DUE_DAYS) {
            throw new InvalidInputException(
                    "snoozeMaxDays", "cta.admin.routing.snoozeMaxDays.range", "Snooze days must be 1 to 365");
        }
        Set<UUID> managers = users.activeWithRole(Role.MANAGER).stream()
                .map(UserReference::id)
                .collect(Collectors.toSet());
        changes.managers().forEach((cell, manager) -> {
            if (!managers.contains(manager)) {
                throw new InvalidInputException(
                        "managers[" + cell.segment() + "_" + cell.region() + "]",
                        "cta.admin.routing.notManager",
                        "The routing names a user who is not an active manager");
            }
        });
        if (changes.fallbackManagerId() != null && !managers.contains(changes.fallbackManagerId())) {
            throw new InvalidInputException(
                    "fallbackManagerId",
                    "cta.admin.routing.notManager",
                    "The fallback manager is not an active manager");
        }
        routing.save(changes);
    }

    private static void requireAdmin(CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedToObjectException("Only an admin changes the CTA rules and routing");
        }
    }

    private static @Nullable BigDecimal nonNegative(String field, @Nullable BigDecimal threshold) {
        if (threshold != null && threshold.signum() < 0) {
            throw new InvalidInputException(field, "cta.admin.rule.negative", "A threshold cannot be negative");
        }
        return threshold;
    }

    private static void requireDueDays(String field, int days) {
        if (days < 0 || days > MAX_DUE_DAYS) {
            throw new InvalidInputException(field, "cta.admin.routing.dueDays", "Due days must be 0 to 365");
        }
    }
}
