package dev.facet.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a viewer stands to a new hire, as far as their shadowing log is concerned: the facts {@link
 * ShadowingAccessPolicy} decides on.
 *
 * @param newHireManagerId the new hire's manager ({@code users.managerId})
 * @param buddy whether the viewer supports the new hire according to the log itself: the new hire named
 *     them on a shadowed call or a role play, or they logged a meeting of the new hire's that they joined
 */
record ShadowingRelation(
        UUID viewerId,
        boolean viewerWorksAccounts,
        boolean viewerIsAdmin,
        UUID newHireId,
        @Nullable UUID newHireManagerId,
        boolean newHireWorksAccounts,
        boolean buddy) {

    boolean self() {
        return viewerId.equals(newHireId);
    }

    boolean manager() {
        return viewerId.equals(newHireManagerId);
    }
}
