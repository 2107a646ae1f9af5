package dev.facet.team;

import java.util.List;

/** A graduation criterion of a plan, checked: met when nothing is missing. */
public record GraduationCriterion(TemplateCriterionView criterion, List<GraduationGap> missing) {

    public GraduationCriterion {
        missing = List.copyOf(missing);
    }

    public boolean met() {
        return missing.isEmpty();
    }
}
