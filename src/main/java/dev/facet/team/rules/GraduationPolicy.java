package dev.facet.team.rules;

import dev.facet.team.CriterionEvidence;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether a new hire meets each graduation criterion of their plan (handbook "Graduation from CSM
 * Onboarding"), and what is still missing. A criterion is checked against what its {@link
 * CriterionEvidence} names, and always against the plan items linked to it:
 *
 * <ul>
 *   <li>{@code PLAN_ITEMS}: every linked item is closed (done, or not applicable with its note); a
 *       criterion no item counts toward cannot be shown met, so it is missing until the manager
 *       overrides.
 *   <li>{@code SHADOWING}: "at least 4 calls per week throughout your onboarding": at least one finished
 *       week since the plan's start and none of them short (this week is still running, never short).
 *   <li>{@code ROLE_PLAYS}: "completed role play activities and discussed feedback": at least one role
 *       play, and none still waiting for its feedback.
 * </ul>
 */
public final class GraduationPolicy {

    /** Titles listed in a shortfall before it says "and n more". */
    static final int LISTED = 3;

    /** One graduation criterion to check. */
    public record CriterionFacts(UUID id, CriterionEvidence evidence) {}

    /** One plan item linked to a criterion, by title, open or closed. */
    public record ItemFacts(UUID criterionId, String title, boolean open) {}

    /**
     * The shadowing log since the plan's start: the Mondays of finished weeks below the goal, how many
     * weeks have finished, and the role plays with and without feedback.
     */
    public record ShadowingFacts(
            List<LocalDate> shortWeeks, int finishedWeeks, long rolePlays, long rolePlaysAwaitingFeedback) {

        public ShadowingFacts {
            shortWeeks = List.copyOf(shortWeeks);
        }
    }

    /**
     * What keeps a criterion from being met: a message code with a count and a detail (titles or week
     * labels), so pages say it in their own words.
     */
    public record Shortfall(String code, long count, String detail) {}

    /** A criterion checked: met when nothing is missing. */
    public record CriterionCheck(UUID criterionId, List<Shortfall> missing) {

        public CriterionCheck {
            missing = List.copyOf(missing);
        }

        public boolean met() {
            return missing.isEmpty();
        }
    }

    private GraduationPolicy() {}

    public static List<CriterionCheck> check(
            List<CriterionFacts> criteria, List<ItemFacts> items, ShadowingFacts shadowing) {
        List<CriterionCheck> checks = new ArrayList<>();
        for (CriterionFacts criterion : criteria) {
            List<ItemFacts> linked = items.stream()
                    .filter(i -> i.criterionId().equals(criterion.id()))
                    .toList();
            List<Shortfall> missing = new ArrayList<>();
            List<String> open = linked.stream()
                    .filter(ItemFacts::open)
                    .map(ItemFacts::title)
                    .toList();
            if (!open.isEmpty()) {
                missing.add(new Shortfall("team.graduation.missing.items", open.size(), listed(open)));
            }
            switch (criterion.evidence()) {
                case PLAN_ITEMS -> {
                    if (linked.isEmpty()) {
                        missing.add(new Shortfall("team.graduation.missing.noItems", 0, ""));
                    }
                }
                case SHADOWING -> {
                    if (shadowing.finishedWeeks() == 0) {
                        missing.add(new Shortfall("team.graduation.missing.noFinishedWeek", 0, ""));
                    } else if (!shadowing.shortWeeks().isEmpty()) {
                        missing.add(new Shortfall(
                                "team.graduation.missing.shortWeeks",
                                shadowing.shortWeeks().size(),
                                listed(shadowing.shortWeeks().stream()
                                        .map(GraduationPolicy::weekLabel)
                                        .toList())));
                    }
                }
                case ROLE_PLAYS -> {
                    if (shadowing.rolePlays() == 0) {
                        missing.add(new Shortfall("team.graduation.missing.noRolePlay", 0, ""));
                    } else if (shadowing.rolePlaysAwaitingFeedback() > 0) {
                        missing.add(new Shortfall(
                                "team.graduation.missing.feedback", shadowing.rolePlaysAwaitingFeedback(), ""));
                    }
                }
            }
            checks.add(new CriterionCheck(criterion.id(), missing));
        }
        return List.copyOf(checks);
    }

    /** The ISO week as people write it, such as {@code 2026-W48}. */
    static String weekLabel(LocalDate monday) {
        return "%d-W%02d"
                .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String listed(List<String> names) {
        String shown = names.stream().limit(LISTED).collect(Collectors.joining(", "));
        return names.size() > LISTED ? shown + ", …" : shown;
    }
}
