package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.account.AccountManagement;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A task with its own owner and date: given to a colleague, moved with the tasks after it, done by someone. */
@ApplicationTest
class TaskOwnershipTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    UserView tam;
    UserView colleague;
    UUID ctaId;
    List<CtaTaskView> tasks;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tam = TestData.user(users, Role.TAM);
        colleague = TestData.user(users, Role.TAM);
        today = LocalDate.now(ZoneOffset.UTC);
        UUID account = Accounts.aQuietAccount(accounts, "Tasks " + TestData.unique("co"), tam.username());
        UUID template = playbooks.templates().stream()
                .filter(t -> t.code().equals(PlaybookManagement.ONBOARDING_SAAS))
                .findFirst()
                .orElseThrow()
                .id();
        ctaId = ctas.create(
                new NewCta(
                        account,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.MEDIUM,
                        tam.id(),
                        template,
                        today.minusDays(10),
                        null),
                CtaActor.user(SignedIn.currentUser(tam)));
        tasks = ctas.detail(ctaId).tasks();
    }

    @Test
    void aTaskGivenToAColleagueShowsInTheirCockpitAndTheirTaskLists() throws Exception {
        UUID second = tasks.get(1).id();
        mvc.perform(post("/ctas/" + ctaId + "/task-owner")
                        .param("taskId", second.toString())
                        .param("ownerId", colleague.id().toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(redirectedUrl("/ctas/" + ctaId + "#task-" + second))
                .andExpect(flash().attribute("message", "cta.task.saved.owner"));

        CtaTaskView given = ctas.detail(ctaId).tasks().get(1);
        assertThat(given.ownOwner()).isTrue();
        assertThat(given.ownerId()).isEqualTo(colleague.id());
        assertThat(page("/ctas/" + ctaId, tam)
                        .select("#task-" + second + " .task-owner")
                        .text())
                .isEqualTo("Given to " + colleague.displayName());
        assertThat(page("/ctas", colleague).select("#cta-row-" + ctaId)).hasSize(1);
        // The kickoff is due 14 days after a start 10 days ago: in their list of this week's tasks.
        assertThat(page("/dashboard", colleague).select("#my-week-tasks").text())
                .contains(given.title());

        // The colleague works the task given to them, and only that one.
        Document theirView = page("/ctas/" + ctaId, colleague);
        assertThat(theirView.select("#task-" + second + " form[action$=/done]")).hasSize(1);
        assertThat(theirView.select("#task-" + tasks.get(0).id() + " form[action$=/done]"))
                .isEmpty();
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + second + "/done")
                        .with(SignedIn.as(colleague))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).tasks().get(1).status()).isEqualTo(TaskStatus.DONE);
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + tasks.get(0).id() + "/done")
                        .with(SignedIn.as(colleague))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // Someone who neither owns the CTA nor manages may not hand its tasks around.
        mvc.perform(post("/ctas/" + ctaId + "/task-owner")
                        .param("taskId", tasks.get(0).id().toString())
                        .param("ownerId", colleague.id().toString())
                        .with(SignedIn.as(colleague))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTaskMovesAloneOrWithTheOpenTasksAfterIt() throws Exception {
        CtaTaskView first = tasks.get(0);
        mvc.perform(post("/ctas/" + ctaId + "/task-due-date")
                        .param("taskId", first.id().toString())
                        .param("dueDate", first.dueDate().plusDays(5).toString())
                        .param("moveLater", "true")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "cta.task.saved.dueDate"));
        List<CtaTaskView> moved = ctas.detail(ctaId).tasks();
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(moved.get(i).dueDate()).isEqualTo(tasks.get(i).dueDate().plusDays(5));
        }

        mvc.perform(post("/ctas/" + ctaId + "/task-due-date")
                        .param("taskId", first.id().toString())
                        .param("dueDate", first.dueDate().toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "cta.task.saved.dueDate"));
        List<CtaTaskView> alone = ctas.detail(ctaId).tasks();
        assertThat(alone.get(0).dueDate()).isEqualTo(first.dueDate());
        assertThat(alone.get(1).dueDate()).isEqualTo(tasks.get(1).dueDate().plusDays(5));

        mvc.perform(post("/ctas/" + ctaId + "/task-due-date")
                        .param("taskId", first.id().toString())
                        .param("dueDate", today.minusYears(1).toString())
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "cta.task.dueBeforeStart"));
    }

    @Test
    void aDoneTaskSaysWhoDidItAndWhenAndCanBeUndone() throws Exception {
        UUID first = tasks.get(0).id();
        ctas.setTaskStatus(ctaId, first, TaskStatus.DONE, null, CtaActor.user(SignedIn.currentUser(tam)));

        Document page = page("/ctas/" + ctaId, tam);
        assertThat(page.select("#task-" + first + " .task-done-by").text())
                .startsWith("Done by " + tam.displayName() + " on ");
        assertThat(page.select("#task-" + first + " form[action$=/reopen]")).hasSize(1);
        mvc.perform(post("/ctas/" + ctaId + "/tasks/" + first + "/reopen")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(ctas.detail(ctaId).tasks().get(0).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(page("/ctas/" + ctaId, tam).select("#task-" + first + " .task-done-by"))
                .isEmpty();
    }

    private Document page(String path, UserView viewer) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(SignedIn.as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
