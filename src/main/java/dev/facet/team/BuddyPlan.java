package dev.facet.team;

import java.util.List;

/** A plan on the buddy's page, with the buddy's own items of it. */
public record BuddyPlan(PlanListRow plan, List<PlanItemView> buddyItems) {

    public BuddyPlan {
        buddyItems = List.copyOf(buddyItems);
    }

    /** The buddy's open items, due ones first. */
    public List<PlanItemView> openItems() {
        return buddyItems.stream().filter(PlanItemView::open).toList();
    }
}
