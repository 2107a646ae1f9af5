package dev.facet.email.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.email.EmailVariant;
import dev.facet.playbook.PlaybookManagement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnablementSchedulePolicyTests {

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            start,      today,      spacing, first,      second,     fifth
            2026-03-02, 2026-03-02, 7,       2026-03-02, 2026-03-09, 2026-03-30
            2026-03-02, 2026-03-01, 7,       2026-03-02, 2026-03-09, 2026-03-30
            2026-03-02, 2026-03-02, 1,       2026-03-02, 2026-03-03, 2026-03-06
            2026-03-02, 2026-03-02, 14,      2026-03-02, 2026-03-16, 2026-04-27
            2026-01-26, 2026-03-02, 7,       2026-03-02, 2026-03-09, 2026-03-30
            2026-03-01, 2026-03-02, 7,       2026-03-02, 2026-03-09, 2026-03-30
            """)
    void dayOneIsTheStartOrTheDayTheProgramLearnsOfALateOnboarding(
            LocalDate start, LocalDate today, int spacing, LocalDate first, LocalDate second, LocalDate fifth) {
        List<LocalDate> days = EnablementSchedulePolicy.days(start, today, spacing);

        assertThat(days).hasSize(5);
        assertThat(days.get(0)).isEqualTo(first);
        assertThat(days.get(1)).isEqualTo(second);
        assertThat(days.get(4)).isEqualTo(fifth);
    }

    @Test
    void aSpacingOfLessThanADayIsRefused() {
        assertThatThrownBy(() -> EnablementSchedulePolicy.days(LocalDate.now(), LocalDate.now(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheOnboardingPlaybooksHaveEmails() {
        assertThat(EnablementSchedulePolicy.variantFor(PlaybookManagement.ONBOARDING_SAAS))
                .contains(EmailVariant.SAAS);
        assertThat(EnablementSchedulePolicy.variantFor(PlaybookManagement.ONBOARDING_SELF_MANAGED))
                .contains(EmailVariant.SELF_MANAGED);
        assertThat(EnablementSchedulePolicy.variantFor("risk-triage")).isEmpty();
    }
}
