package dev.facet.team;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the new hire says about a shadowed call, new or edited.
 *
 * @param shadowedUserId the colleague whose call it was, or who joined it at the later stages
 * @param notes plain text, may be empty
 */
public record ShadowedCallDetails(
        LocalDate date, @Nullable UUID accountId, ShadowingStage stage, UUID shadowedUserId, String notes) {}
