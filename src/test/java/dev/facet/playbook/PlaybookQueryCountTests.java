package dev.facet.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.shared.database.StatementCounter;
import dev.facet.support.ApplicationTest;
import dev.facet.support.Reactions;
import dev.facet.support.TestData;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading playbooks costs the same few statements whatever the number of templates, tasks and checklist items. */
@ApplicationTest
class PlaybookQueryCountTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaybookManagement playbooks;

    @Test
    void aVersionCostsTheSameStatementsForFewAndManyTasks() {
        String small = template(1);
        String big = template(25);

        long forSmall = statementsFor(() -> playbooks.currentVersion(small));
        long forBig = statementsFor(() -> playbooks.currentVersion(big));
        assertThat(playbooks.currentVersion(big).tasks()).hasSize(25);
        assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(2);

        UUID bigId = playbooks.currentVersion(big).templateId();
        UUID versionId = playbooks.currentVersion(big).id();
        assertThat(statementsFor(() -> playbooks.currentVersionOf(bigId))).isEqualTo(forSmall);
        assertThat(statementsFor(() -> playbooks.version(versionId))).isEqualTo(forSmall);
    }

    @Test
    void theTemplateListCostsOneStatementWhateverItHolds() {
        long before = statementsFor(playbooks::templates);
        template(3);
        template(12);
        long after = statementsFor(playbooks::templates);
        assertThat(after).isEqualTo(before).isEqualTo(1);
    }

    /** A template with the given number of tasks, each with a three-item checklist; returns its code. */
    private String template(int tasks) {
        String code = TestData.unique("count");
        UUID id = playbooks
                .createTemplate(new NewPlaybookTemplate(code, "Count " + code, "", 45), "admin")
                .id();
        IntStream.range(0, tasks)
                .forEach(i -> playbooks.addTask(
                        id, i + 1, new PlaybookTaskInput("Task " + i, "", i, List.of("a", "b", "c")), "admin"));
        return code;
    }

    private long statementsFor(Runnable read) {
        Reactions.awaitQuiet(jdbc); // other tests' event reactions may still run in the background
        long before = StatementCounter.onThisThread();
        read.run();
        return StatementCounter.onThisThread() - before;
    }
}
