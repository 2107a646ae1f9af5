package dev.facet.team;

import java.util.List;

/**
 * A plan's graduation criteria checked against its items and the new hire's shadowing log since the
 * start ({@link dev.facet.team.rules.GraduationPolicy}); {@code mayConfirm} when the reader may
 * confirm graduation (the plan's manager or an admin, on a running plan). {@code shadowing} is the log
 * it was checked against, from the plan's start week to this week.
 */
public record Graduation(List<GraduationCriterion> criteria, ShadowingSummary shadowing, boolean mayConfirm) {

    public Graduation {
        criteria = List.copyOf(criteria);
    }

    public boolean allMet() {
        return criteria.stream().allMatch(GraduationCriterion::met);
    }

    public long missingCount() {
        return criteria.stream().filter(c -> !c.met()).count();
    }
}
