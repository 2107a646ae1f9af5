package dev.facet.team.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.team.PlanAudience;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sees a plan, who ticks which checklist, who ends it. */
class PlanAccessPolicyTests {

    private static final UUID NEW_HIRE = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();
    private static final UUID BUDDY = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final Map<String, UUID> PEOPLE =
            Map.of("newHire", NEW_HIRE, "manager", MANAGER, "buddy", BUDDY, "otherTam", OTHER, "admin", OTHER);
    private static final PlanParticipants PLAN = new PlanParticipants(NEW_HIRE, MANAGER, BUDDY);

    @ParameterizedTest(name = "{0}: sees {1}, manages {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            who,      sees,  manages
            newHire,  true,  false
            manager,  true,  true
            buddy,    true,  false
            otherTam, false, false
            admin,    true,  true
            """)
    void seeingAndEnding(String who, boolean sees, boolean manages) {
        boolean admin = who.equals("admin");
        assertThat(PlanAccessPolicy.maySee(PLAN, PEOPLE.get(who), admin)).isEqualTo(sees);
        assertThat(PlanAccessPolicy.mayManage(PLAN, PEOPLE.get(who), admin)).isEqualTo(manages);
    }

    @ParameterizedTest(name = "{0} ticks the {1} checklist: {2}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            who,      checklist, ticks
            newHire,  NEW_HIRE,  true
            newHire,  MANAGER,   false
            newHire,  BUDDY,     false
            manager,  NEW_HIRE,  false
            manager,  MANAGER,   true
            manager,  BUDDY,     false
            buddy,    NEW_HIRE,  false
            buddy,    MANAGER,   false
            buddy,    BUDDY,     true
            otherTam, NEW_HIRE,  false
            otherTam, MANAGER,   false
            otherTam, BUDDY,     false
            """)
    void eachChecklistIsTickedByItsOwnPerson(String who, PlanAudience checklist, boolean ticks) {
        assertThat(PlanAccessPolicy.mayTick(PLAN, checklist, PEOPLE.get(who))).isEqualTo(ticks);
    }
}
