package dev.facet.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every edit makes a new version; earlier versions, which CTAs hold on to, never change. */
@ApplicationTest
class PlaybookVersioningTests {

    @Autowired
    PlaybookManagement playbooks;

    @Test
    void anEditMakesVersionTwoAndLeavesVersionOneAsItWas() {
        String code = TestData.unique("pb");
        UUID id = playbooks
                .createTemplate(new NewPlaybookTemplate(code, "Versioned " + code, "", 45), "admin-one")
                .id();
        PlaybookVersionView first = playbooks.currentVersion(code);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.tasks()).isEmpty();

        PlaybookVersionView second = playbooks.addTask(
                id, 1, new PlaybookTaskInput("Kickoff", "Hold it", 14, List.of("Agenda")), "admin-two");
        PlaybookVersionView third = playbooks.addTask(
                id, 2, new PlaybookTaskInput("Cadence", "See https://example.com/x.", 30, List.of("a", "b")), "a");
        PlaybookVersionView fourth = playbooks.editTask(
                id,
                3,
                third.tasks().getFirst().id(),
                new PlaybookTaskInput("Kickoff call", "Changed", 10, List.of("One", "Two")),
                "admin-two");

        assertThat(playbooks.version(second.id())).isEqualTo(second);
        assertThat(playbooks.version(second.id()).tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Kickoff");
            assertThat(t.description()).isEqualTo("Hold it");
            assertThat(t.dueOffsetDays()).isEqualTo(14);
            assertThat(t.checklist()).containsExactly("Agenda");
        });
        assertThat(playbooks.version(third.id())).isEqualTo(third);
        assertThat(playbooks.currentVersion(code)).isEqualTo(fourth);
        assertThat(fourth.version()).isEqualTo(4);
        assertThat(fourth.tasks())
                .extracting(PlaybookTaskView::title, PlaybookTaskView::dueOffsetDays, PlaybookTaskView::checklist)
                .containsExactly(
                        tuple("Kickoff call", 10, List.of("One", "Two")), tuple("Cadence", 30, List.of("a", "b")));
        // Each version has tasks of its own: a CTA copies them by version id.
        assertThat(fourth.tasks().get(1).id()).isNotEqualTo(third.tasks().get(1).id());
        assertThat(playbooks.versions(id))
                .extracting(PlaybookVersionSummary::version, PlaybookVersionSummary::createdBy)
                .containsExactly(tuple(4, "admin-two"), tuple(3, "a"), tuple(2, "admin-two"), tuple(1, "admin-one"));
        assertThat(playbooks.version(id, 2)).isEqualTo(second);
    }

    @Test
    void movesRemovesAndChangesDetails() {
        String code = TestData.unique("pb");
        UUID id = playbooks
                .createTemplate(new NewPlaybookTemplate(code, "Moves", "", 45), "admin")
                .id();
        playbooks.addTask(id, 1, task("A"), "admin");
        playbooks.addTask(id, 2, task("B"), "admin");
        PlaybookVersionView v4 = playbooks.addTask(id, 3, task("C"), "admin");

        PlaybookVersionView v5 = playbooks.moveTaskUp(id, 4, v4.tasks().get(2).id(), "admin");
        assertThat(titles(v5)).containsExactly("A", "C", "B");
        PlaybookVersionView v6 = playbooks.moveTaskDown(id, 5, v5.tasks().get(0).id(), "admin");
        assertThat(titles(v6)).containsExactly("C", "A", "B");
        assertThat(v6.tasks()).extracting(PlaybookTaskView::position).containsExactly(1, 2, 3);
        PlaybookVersionView v7 = playbooks.removeTask(id, 6, v6.tasks().get(1).id(), "admin");
        assertThat(titles(v7)).containsExactly("C", "B");
        PlaybookVersionView v8 =
                playbooks.changeDetails(id, 7, new PlaybookDetails("Renamed", "New text", 60), "admin");

        assertThat(v8.version()).isEqualTo(8);
        assertThat(v8.targetDays()).isEqualTo(60);
        assertThat(titles(v8)).containsExactly("C", "B");
        assertThat(playbooks.currentVersion(code)).isEqualTo(v8);
        assertThat(playbooks.template(id))
                .extracting(PlaybookTemplateSummary::name, PlaybookTemplateSummary::description)
                .containsExactly("Renamed", "New text");
        assertThat(titles(playbooks.version(id, 4))).containsExactly("A", "B", "C");
        assertThat(playbooks.version(id, 4).targetDays()).isEqualTo(45);
    }

    @Test
    void refusesStaleEditsDuplicateCodesAndBadInput() {
        String code = TestData.unique("pb");
        UUID id = playbooks
                .createTemplate(new NewPlaybookTemplate(code, "Refusals", "", 45), "admin")
                .id();
        playbooks.addTask(id, 1, task("A"), "admin");

        assertThatThrownBy(() -> playbooks.addTask(id, 1, task("B"), "admin")).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> playbooks.createTemplate(new NewPlaybookTemplate(code, "Again", "", 45), "admin"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> playbooks.createTemplate(new NewPlaybookTemplate("Not Kebab", "X", "", 45), "a"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> playbooks.addTask(id, 2, new PlaybookTaskInput("B", "", -1, List.of()), "admin"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> playbooks.removeTask(id, 2, UUID.randomUUID(), "admin"))
                .isInstanceOf(NotFoundException.class);
        assertThat(playbooks.currentVersionOf(id).version()).isEqualTo(2);
    }

    private static PlaybookTaskInput task(String title) {
        return new PlaybookTaskInput(title, "", 7, List.of());
    }

    private static List<String> titles(PlaybookVersionView version) {
        return version.tasks().stream().map(PlaybookTaskView::title).toList();
    }
}
