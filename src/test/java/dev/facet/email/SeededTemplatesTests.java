package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.facet.support.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class SeededTemplatesTests {

    @Autowired
    EmailTemplateManagement emails;

    @Test
    void fiveValidTemplatesPerVariant() {
        List<EmailTemplateView> all = emails.templates();

        assertThat(all).hasSize(10);
        assertThat(all)
                .extracting(EmailTemplateView::variant, EmailTemplateView::number)
                .containsExactly(
                        tuple(EmailVariant.SAAS, 1),
                        tuple(EmailVariant.SAAS, 2),
                        tuple(EmailVariant.SAAS, 3),
                        tuple(EmailVariant.SAAS, 4),
                        tuple(EmailVariant.SAAS, 5),
                        tuple(EmailVariant.SELF_MANAGED, 1),
                        tuple(EmailVariant.SELF_MANAGED, 2),
                        tuple(EmailVariant.SELF_MANAGED, 3),
                        tuple(EmailVariant.SELF_MANAGED, 4),
                        tuple(EmailVariant.SELF_MANAGED, 5));
        assertThat(all).allSatisfy(template -> {
            assertThat(TemplateText.problemsIn(template.subject())).isEmpty();
            assertThat(TemplateText.problemsIn(template.body())).isEmpty();
            assertThat(template.body()).contains("{{tam.name}}");
        });
    }

    @Test
    void theProgramStartsWeeklyFromTheCustomerEnablementAddress() {
        EmailProgramSettings settings = emails.settings();

        assertThat(settings.spacingDays()).isEqualTo(7);
        assertThat(settings.fromAddress()).startsWith("Customer Enablement <");
    }
}
