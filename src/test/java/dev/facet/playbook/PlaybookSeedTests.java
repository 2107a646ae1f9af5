package dev.facet.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.facet.shared.NotFoundException;
import dev.facet.support.ApplicationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The migration seeds both onboarding playbooks of DOMAIN 4 at version 1. */
@ApplicationTest
class PlaybookSeedTests {

    @Autowired
    PlaybookManagement playbooks;

    @ParameterizedTest
    @ValueSource(strings = {PlaybookManagement.ONBOARDING_SAAS, PlaybookManagement.ONBOARDING_SELF_MANAGED})
    void seedsTheFiveOnboardingTasks(String code) {
        PlaybookVersionView version = playbooks.currentVersion(code);

        assertThat(version.templateCode()).isEqualTo(code);
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.targetDays()).isEqualTo(45);
        assertThat(version.tasks()).extracting(PlaybookTaskView::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(version.tasks()).extracting(PlaybookTaskView::dueOffsetDays).containsExactly(7, 14, 21, 30, 35);
        assertThat(version.tasks()).extracting(t -> t.checklist().size()).containsExactly(0, 0, 0, 7, 0);
        assertThat(version.tasks().get(3).title()).contains("cadence call");
        assertThat(version.tasks().get(3).checklist())
                .anySatisfy(item -> assertThat(item).containsIgnoringCase("backup"))
                .anySatisfy(item -> assertThat(item).containsIgnoringCase("Support tickets"))
                .anySatisfy(item -> assertThat(item).containsIgnoringCase("upgrade plan"));
        assertThat(version.tasks())
                .allSatisfy(t -> assertThat(t.description()).contains("https://about.gitlab.com/handbook/"));

        assertThat(playbooks.version(version.id())).isEqualTo(version);
        assertThat(playbooks.currentVersionOf(version.templateId())).isEqualTo(version);
    }

    @Test
    void listsBothTemplatesByName() {
        List<PlaybookTemplateSummary> templates = playbooks.templates();

        assertThat(templates)
                .filteredOn(t -> t.code().startsWith("onboarding-"))
                .extracting(
                        PlaybookTemplateSummary::code,
                        PlaybookTemplateSummary::name,
                        PlaybookTemplateSummary::taskCount)
                .containsSubsequence(
                        tuple(PlaybookManagement.ONBOARDING_SAAS, "Customer onboarding (SaaS)", 5),
                        tuple(PlaybookManagement.ONBOARDING_SELF_MANAGED, "Customer onboarding (Self-Managed)", 5));
        assertThat(templates).extracting(t -> t.name().toLowerCase()).isSorted();
    }

    @Test
    void unknownTemplatesAndVersionsAreNotFound() {
        assertThatThrownBy(() -> playbooks.currentVersion("no-such-playbook")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> playbooks.currentVersionOf(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> playbooks.version(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }
}
