package dev.facet.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin's playbook editor, page by page, as an admin signed in through MockMvc. */
@ApplicationTest
class PlaybookAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    UserManagement users;

    @Autowired
    Clock clock;

    UserView adminUser;
    RequestPostProcessor admin;

    @BeforeEach
    void signIn() {
        adminUser = TestData.user(users, Role.ADMIN);
        admin = SignedIn.as(adminUser);
    }

    @Test
    void onlyAdminsSeeTheEditor() throws Exception {
        mvc.perform(get("/admin/playbooks").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Customer onboarding (SaaS)")))
                .andExpect(content().string(containsString("Customer onboarding (Self-Managed)")));
        mvc.perform(get("/admin").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/playbooks\"")));
        for (Role role : List.of(Role.TAM, Role.MANAGER)) {
            var other = SignedIn.as(TestData.user(users, role));
            mvc.perform(get("/admin/playbooks").with(other)).andExpect(status().isForbidden());
            UUID seeded =
                    playbooks.currentVersion(PlaybookManagement.ONBOARDING_SAAS).templateId();
            mvc.perform(get("/admin/playbooks/" + seeded + "/preview").with(other))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/playbooks")
                            .with(csrf())
                            .with(other)
                            .param("code", TestData.unique("pb"))
                            .param("name", "Sneaky")
                            .param("targetDays", "45"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void createsATemplateAndRefusesADuplicateCode() throws Exception {
        String code = TestData.unique("pb");
        mvc.perform(get("/admin/playbooks/new").with(admin)).andExpect(status().isOk());
        String location = mvc.perform(create(code, "New playbook " + code))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        PlaybookVersionView created = playbooks.currentVersion(code);
        assertThat(location).isEqualTo("/admin/playbooks/" + created.templateId());
        assertThat(created.version()).isEqualTo(1);
        assertThat(playbooks.versions(created.templateId()).getFirst().createdBy())
                .isEqualTo(adminUser.username());

        mvc.perform(create(code, "Same code"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "playbook.code.taken"))
                .andExpect(content().string(containsString("Same code")));
        mvc.perform(create("Not Kebab", "Bad code"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "code"));
        mvc.perform(create(TestData.unique("pb"), "", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "name", "targetDays"));
    }

    @Test
    void addsEditsMovesAndRemovesTasksEachAsANewVersion() throws Exception {
        UUID id = newTemplate();
        mvc.perform(get("/admin/playbooks/" + id + "/tasks/new").with(admin)).andExpect(status().isOk());
        mvc.perform(task("/admin/playbooks/" + id + "/tasks", 1, "First task", "", "7"))
                .andExpect(redirectedUrl("/admin/playbooks/" + id))
                .andExpect(flash().attribute("createdVersion", 2));
        mvc.perform(task("/admin/playbooks/" + id + "/tasks", 2, "Second task", "", "14"))
                .andExpect(flash().attribute("createdVersion", 3));
        mvc.perform(get("/admin/playbooks/" + id).with(admin).flashAttr("createdVersion", 3))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saved as version 3")))
                .andExpect(content().string(containsString("Second task")));

        UUID first = playbooks.currentVersionOf(id).tasks().getFirst().id();
        mvc.perform(get("/admin/playbooks/" + id + "/tasks/" + first).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First task")));
        mvc.perform(task(
                        "/admin/playbooks/" + id + "/tasks/" + first,
                        3,
                        "Kickoff call",
                        "Review the deck\nat https://example.com/deck.",
                        "10",
                        "Agenda\n\n  Cadence schedule  \r\nStakeholders\n"))
                .andExpect(flash().attribute("createdVersion", 4));
        PlaybookVersionView v4 = playbooks.currentVersionOf(id);
        assertThat(v4.tasks().getFirst()).satisfies(t -> {
            assertThat(t.title()).isEqualTo("Kickoff call");
            assertThat(t.dueOffsetDays()).isEqualTo(10);
            assertThat(t.checklist()).containsExactly("Agenda", "Cadence schedule", "Stakeholders");
        });
        mvc.perform(get("/admin/playbooks/" + id).with(admin))
                .andExpect(content().string(containsString("href=\"https://example.com/deck\"")))
                .andExpect(content().string(containsString("Cadence schedule")));

        UUID second = v4.tasks().get(1).id();
        mvc.perform(post("/admin/playbooks/" + id + "/tasks/" + second + "/move-up")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", "4"))
                .andExpect(redirectedUrl("/admin/playbooks/" + id))
                .andExpect(flash().attribute("createdVersion", 5));
        PlaybookVersionView v5 = playbooks.currentVersionOf(id);
        assertThat(v5.tasks()).extracting(PlaybookTaskView::title).containsExactly("Second task", "Kickoff call");

        mvc.perform(post("/admin/playbooks/" + id + "/tasks/"
                                + v5.tasks().getFirst().id() + "/move-down")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", "5"))
                .andExpect(flash().attribute("createdVersion", 6));
        PlaybookVersionView v6 = playbooks.currentVersionOf(id);
        assertThat(v6.tasks()).extracting(PlaybookTaskView::title).containsExactly("Kickoff call", "Second task");

        mvc.perform(post("/admin/playbooks/" + id + "/tasks/"
                                + v6.tasks().getFirst().id() + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", "6"))
                .andExpect(flash().attribute("createdVersion", 7));
        assertThat(playbooks.currentVersionOf(id).tasks())
                .extracting(PlaybookTaskView::title)
                .containsExactly("Second task");
        // A stale button click changes nothing and says so.
        mvc.perform(post("/admin/playbooks/" + id + "/tasks/"
                                + v6.tasks().get(1).id() + "/remove")
                        .param("confirmed", "true")
                        .with(csrf())
                        .with(admin)
                        .param("expectedVersion", "6"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("flashError", "playbook.stale.action"));
        assertThat(playbooks.currentVersionOf(id).version()).isEqualTo(7);
        assertThat(playbooks.version(v4.id())).isEqualTo(v4);
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsWhatWasTyped() throws Exception {
        UUID id = newTemplate();
        mvc.perform(task("/admin/playbooks/" + id + "/tasks", 1, "Original", "", "7"));
        UUID taskId = playbooks.currentVersionOf(id).tasks().getFirst().id();
        // Someone else saves version 3 meanwhile.
        playbooks.changeDetails(id, 2, new PlaybookDetails("Theirs", "", 45), "someone-else");

        mvc.perform(task("/admin/playbooks/" + id + "/tasks/" + taskId, 2, "My typed title", "My notes", "9", "Mine"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("My typed title")))
                .andExpect(content().string(containsString("My notes")))
                .andExpect(content().string(containsString("Someone else saved a new version")));
        mvc.perform(post("/admin/playbooks/" + id)
                        .with(csrf())
                        .with(admin)
                        .param("name", "My name")
                        .param("description", "My description")
                        .param("targetDays", "50")
                        .param("expectedVersion", "2"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("My name")))
                .andExpect(content().string(containsString("My description")))
                .andExpect(content().string(containsString("Someone else saved a new version")));
        assertThat(playbooks.currentVersionOf(id).version()).isEqualTo(3);
        assertThat(playbooks.template(id).name()).isEqualTo("Theirs");

        mvc.perform(post("/admin/playbooks/" + id)
                        .with(csrf())
                        .with(admin)
                        .param("name", "My name")
                        .param("description", "")
                        .param("targetDays", "50")
                        .param("expectedVersion", "3"))
                .andExpect(flash().attribute("createdVersion", 4));
        assertThat(playbooks.currentVersionOf(id).targetDays()).isEqualTo(50);
    }

    @Test
    void storedTextIsShownAsTextNeverAsMarkupOrExpressions() throws Exception {
        UUID id = newTemplate();
        mvc.perform(task(
                "/admin/playbooks/" + id + "/tasks",
                1,
                "<b>bold</b> ${7*7}",
                "<script>alert(1)</script> __${T(java.lang.Runtime)}__ javascript:alert(1) https://ok.example/a?b=1&c=2",
                "3"));
        mvc.perform(get("/admin/playbooks/" + id).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>bold"))))
                .andExpect(content().string(containsString("&lt;b&gt;bold&lt;/b&gt; ${7*7}")))
                .andExpect(content().string(containsString("__${T(java.lang.Runtime)}__")))
                .andExpect(content().string(not(containsString("href=\"javascript"))))
                .andExpect(content().string(containsString("href=\"https://ok.example/a?b=1&amp;c=2\"")));
    }

    @Test
    void previewShowsDueDatesFromTodayAndEarlierVersions() throws Exception {
        UUID seeded = playbooks
                .currentVersion(PlaybookManagement.ONBOARDING_SELF_MANAGED)
                .templateId();
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/admin/playbooks/" + seeded + "/preview").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Due " + today.plusDays(7) + " (day 7)")))
                .andExpect(content().string(containsString("Due " + today.plusDays(30) + " (day 30)")))
                .andExpect(content().string(containsString("Due " + today.plusDays(35) + " (day 35)")))
                .andExpect(content().string(containsString(today.plusDays(45).toString())))
                .andExpect(content().string(containsString("Confirm a backup and restore plan is in place")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"https://about.gitlab.com/handbook/customer-success/tam/success-plans/\"")));

        UUID id = newTemplate();
        mvc.perform(task("/admin/playbooks/" + id + "/tasks", 1, "Only in version two", "", "5"));
        mvc.perform(get("/admin/playbooks/" + id + "/preview").with(admin))
                .andExpect(content().string(containsString("Only in version two")))
                .andExpect(content().string(containsString("Due " + today.plusDays(5))))
                .andExpect(content().string(containsString("/admin/playbooks/" + id + "/preview?version=1")));
        mvc.perform(get("/admin/playbooks/" + id + "/preview?version=1").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Only in version two"))));
        mvc.perform(get("/admin/playbooks/" + id + "/preview?version=9").with(admin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/playbooks/" + UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
    }

    private UUID newTemplate() {
        String code = TestData.unique("pb");
        return playbooks
                .createTemplate(new NewPlaybookTemplate(code, "Pages " + code, "", 45), adminUser.username())
                .id();
    }

    private MockHttpServletRequestBuilder create(String code, String name) {
        return create(code, name, "45");
    }

    private MockHttpServletRequestBuilder create(String code, String name, String targetDays) {
        return post("/admin/playbooks")
                .with(csrf())
                .with(admin)
                .param("code", code)
                .param("name", name)
                .param("description", "")
                .param("targetDays", targetDays);
    }

    private MockHttpServletRequestBuilder task(
            String path, int expectedVersion, String title, String description, String dueOffsetDays) {
        return task(path, expectedVersion, title, description, dueOffsetDays, "");
    }

    private MockHttpServletRequestBuilder task(
            String path,
            int expectedVersion,
            String title,
            String description,
            String dueOffsetDays,
            String checklist) {
        return post(path)
                .with(csrf())
                .with(admin)
                .param("title", title)
                .param("description", description)
                .param("dueOffsetDays", dueOffsetDays)
                .param("checklist", checklist)
                .param("expectedVersion", String.valueOf(expectedVersion));
    }
}
