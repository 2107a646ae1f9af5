package dev.facet.team.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.team.CriterionEvidence;
import dev.facet.team.rules.GraduationPolicy.CriterionCheck;
import dev.facet.team.rules.GraduationPolicy.CriterionFacts;
import dev.facet.team.rules.GraduationPolicy.ItemFacts;
import dev.facet.team.rules.GraduationPolicy.ShadowingFacts;
import dev.facet.team.rules.GraduationPolicy.Shortfall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraduationPolicyTests {

    private static final UUID CRITERION = UUID.fromString("01920000-0000-7000-8000-000000000201");

    /** Items as "title:open|title:closed" ('-' for none). */
    private static List<ItemFacts> items(String spec) {
        List<ItemFacts> items = new ArrayList<>();
        if (!spec.equals("-")) {
            for (String item : spec.split("\\|")) {
                String[] parts = item.split(":");
                items.add(new ItemFacts(CRITERION, parts[0], parts[1].equals("open")));
            }
        }
        return items;
    }

    /** Short weeks as Mondays "2026-11-16|2026-11-23" ('-' for none). */
    private static List<LocalDate> weeks(String spec) {
        return spec.equals("-")
                ? List.of()
                : Arrays.stream(spec.split("\\|")).map(LocalDate::parse).toList();
    }

    @ParameterizedTest(name = "{0} items [{1}], short weeks [{2}] of {3}, role plays {4} ({5} waiting) -> met {6}: {7}")
    @CsvSource(useHeadersInDisplayName = true, delimiter = ';', textBlock = """
            evidence;   items;                        shortWeeks;            finished; rolePlays; waiting; met;   missing
            PLAN_ITEMS; SQS prework:closed;           -;                     0;        0;         0;       true;  -
            PLAN_ITEMS; A:closed|B:open|C:open|D:open|E:open; -;             3;        1;         0;       false; team.graduation.missing.items 4 B, C, D, …
            PLAN_ITEMS; A:open;                       -;                     3;        1;         0;       false; team.graduation.missing.items 1 A
            PLAN_ITEMS; -;                            -;                     3;        1;         0;       false; team.graduation.missing.noItems 0
            SHADOWING;  -;                            -;                     3;        0;         0;       true;  -
            SHADOWING;  -;                            -;                     0;        0;         0;       false; team.graduation.missing.noFinishedWeek 0
            SHADOWING;  -;                            2026-11-16|2026-11-23; 4;        0;         0;       false; team.graduation.missing.shortWeeks 2 2026-W47, 2026-W48
            SHADOWING;  Discuss with manager:open;    -;                     4;        0;         0;       false; team.graduation.missing.items 1 Discuss with manager
            ROLE_PLAYS; -;                            -;                     0;        2;         0;       true;  -
            ROLE_PLAYS; -;                            -;                     0;        0;         0;       false; team.graduation.missing.noRolePlay 0
            ROLE_PLAYS; -;                            -;                     0;        3;         2;       false; team.graduation.missing.feedback 2
            """)
    void eachCriterionIsCheckedAgainstWhatItsEvidenceNames(
            CriterionEvidence evidence,
            String items,
            String shortWeeks,
            int finished,
            long rolePlays,
            long waiting,
            boolean met,
            String missing) {
        List<CriterionCheck> checks = GraduationPolicy.check(
                List.of(new CriterionFacts(CRITERION, evidence)),
                items(items),
                new ShadowingFacts(weeks(shortWeeks), finished, rolePlays, waiting));

        assertThat(checks).hasSize(1);
        CriterionCheck check = checks.getFirst();
        assertThat(check.met()).isEqualTo(met);
        String shown = check.missing().stream()
                .map(GraduationPolicyTests::describe)
                .reduce((a, b) -> a + " / " + b)
                .orElse("-");
        assertThat(shown).isEqualTo(missing);
    }

    private static String describe(Shortfall s) {
        return (s.code() + " " + s.count() + " " + s.detail()).strip();
    }
}
