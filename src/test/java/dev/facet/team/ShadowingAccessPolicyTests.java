package dev.facet.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who reads and adds to a new hire's shadowing log, as a table. */
class ShadowingAccessPolicyTests {

    enum Viewer {
        NEW_HIRE,
        MANAGER,
        BUDDY,
        OTHER_TAM,
        ADMIN
    }

    @ParameterizedTest(name = "{0} (works accounts {1}, new hire works accounts {2})")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            viewer,     viewer works accounts, new hire works accounts, reads, logs calls, logs meetings, logs role plays
            NEW_HIRE,   true,                  true,                    true,  true,       false,         true
            NEW_HIRE,   false,                 false,                   true,  false,      false,         false
            MANAGER,    true,                  true,                    true,  false,      true,          true
            MANAGER,    true,                  false,                   true,  false,      false,         false
            BUDDY,      true,                  true,                    true,  false,      true,          true
            BUDDY,      false,                 true,                    true,  false,      false,         false
            OTHER_TAM,  true,                  true,                    false, false,      false,         false
            ADMIN,      false,                 true,                    true,  false,      false,         false
            """)
    void decides(
            Viewer viewer,
            boolean viewerWorksAccounts,
            boolean newHireWorksAccounts,
            boolean reads,
            boolean logsCalls,
            boolean logsMeetings,
            boolean logsRolePlays) {
        UUID newHire = UUID.randomUUID();
        UUID manager = UUID.randomUUID();
        UUID viewerId = switch (viewer) {
            case NEW_HIRE -> newHire;
            case MANAGER -> manager;
            default -> UUID.randomUUID();
        };
        var relation = new ShadowingRelation(
                viewerId,
                viewerWorksAccounts,
                viewer == Viewer.ADMIN,
                newHire,
                manager,
                newHireWorksAccounts,
                viewer == Viewer.BUDDY);

        assertThat(ShadowingAccessPolicy.mayRead(relation)).as("reads").isEqualTo(reads);
        assertThat(ShadowingAccessPolicy.mayLogCalls(relation)).as("logs calls").isEqualTo(logsCalls);
        assertThat(ShadowingAccessPolicy.mayLogCoLedMeeting(relation))
                .as("logs meetings")
                .isEqualTo(logsMeetings);
        assertThat(ShadowingAccessPolicy.mayLogRolePlay(relation))
                .as("logs role plays")
                .isEqualTo(logsRolePlays);
    }
}
