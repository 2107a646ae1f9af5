package dev.facet.team.web;

import java.util.UUID;

/** The page an item button came from, and so where it returns to (never a URL taken from the request). */
enum ReturnPage {
    PLAN,
    MY_PLAN,
    BUDDY;

    static ReturnPage of(String from) {
        return switch (from) {
            case "my-plan" -> MY_PLAN;
            case "buddy" -> BUDDY;
            default -> PLAN;
        };
    }

    String path(UUID planId, UUID itemId) {
        return switch (this) {
            case PLAN -> "/team/plans/" + planId + "#item-" + itemId;
            case MY_PLAN -> "/team/my-plan#item-" + itemId;
            case BUDDY -> "/team/buddy#item-" + itemId;
        };
    }
}
