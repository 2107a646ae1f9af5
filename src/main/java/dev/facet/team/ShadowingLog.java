package dev.facet.team;

import dev.facet.security.UserReference;
import java.time.ZoneId;
import org.springframework.data.domain.Page;

/**
 * A new hire's whole shadowing log as one viewer may see it: the summary with its weeks, and a page
 * of each list, newest first.
 *
 * @param newHireZone the time zone the weeks follow
 * @param viewerIsNewHire whether the viewer reads their own log
 */
public record ShadowingLog(
        UserReference newHire,
        ZoneId newHireZone,
        boolean viewerIsNewHire,
        ShadowingPermissions may,
        ShadowingSummary summary,
        Page<ShadowedCallView> calls,
        Page<CoLedMeetingView> coLedMeetings,
        Page<RolePlayView> rolePlays) {}
